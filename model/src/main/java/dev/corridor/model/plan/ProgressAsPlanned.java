package dev.corridor.model.plan;

import dev.corridor.model.Actual;
import dev.corridor.model.Project;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress recorded as planned up to a data date, as Primavera P6's "Update Progress" does: every
 * stage the plan starts before the data date has started then, in the plan's mode; one it finishes by
 * then has finished; one still running has the worked periods the plan leaves it after the data
 * date still to do. The planner then corrects what went otherwise (a slip, a stage not started).
 */
public final class ProgressAsPlanned {

    private ProgressAsPlanned() {
    }

    /**
     * The progress of each stage the plan starts before {@code dataDate}, by stage id. Progress the
     * project already records is kept where the stage had finished; a stage still running at the
     * earlier data date keeps its actual start.
     *
     * @throws IllegalArgumentException if the data date is not after the project's current one and
     *                                  within its horizon, or the plan lacks a stage of the project
     */
    public static Map<String, Actual> of(Project project, Plan plan, int dataDate) {
        int earlier = project.dataDate() == null ? 0 : project.dataDate();
        if (dataDate <= earlier || dataDate > project.horizon()) {
            throw new IllegalArgumentException("The data date " + dataDate + " must be after "
                    + (project.dataDate() == null ? "the project's first period (0)" : "the current one (" + earlier + ")")
                    + " and no later than the horizon (" + project.horizon() + ").");
        }
        var planned = new LinkedHashMap<String, StagePlan>();
        plan.stages().forEach(stage -> planned.put(stage.id(), stage));
        var progress = new LinkedHashMap<String, Actual>();
        for (var stage : project.stages()) {
            var before = stage.actual();
            if (before != null && before.hasFinished()) {
                progress.put(stage.id(), before);
                continue;
            }
            var at = planned.get(stage.id());
            if (at == null) {
                throw new IllegalArgumentException("The plan has no stage \"" + stage.id() + "\".");
            }
            if (at.start() >= dataDate) {
                continue;
            }
            // The mode is named only where the stage has a choice, as a planner would write it.
            var mode = stage.modes().size() > 1 ? at.mode() : null;
            int start = before != null ? before.start() : at.start();
            if (at.finish() <= dataDate) {
                progress.put(stage.id(), new Actual(start, at.finish(), mode, null));
            } else {
                int from = Math.max(dataDate, at.resume() == null ? at.start() : at.resume());
                progress.put(stage.id(), new Actual(start, null, mode, project.openPeriods(stage, from, at.finish())));
            }
        }
        return progress;
    }
}
