package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.domain.variable.VariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import java.util.Arrays;
import java.util.List;

/**
 * Re-decodes the working activity list when a move reorders it or switches a stage's mode, and
 * tells the score director about every placement that changed, and only those, so the constraint
 * streams update incrementally.
 *
 * <p>The one use of Timefold's custom variable listeners, deprecated for removal since 1.27, kept on
 * purpose. Their replacement, declarative shadow variables, works here (a supplier on the list,
 * sourced from every stage's mode and previous element, and one on each stage reading its placement
 * off the list's decode) and gives the same plans, but in 1.32 it costs a fifth to two thirds of the
 * move evaluation speed (benchmarks/RESULTS.md, "Declarative shadow variables"): a serial decode is
 * global, so nearly every move changes the list's decode and Timefold then re-evaluates every
 * stage's placement through its variable graph, where this listener compares them in one loop.
 * Moving on means rewriting only this class and the two annotations on {@link StageJob#getPlacement()}'s field.
 *
 */
public final class Redecoder {

    private Redecoder() {
    }

    /**
     * Re-decodes when a move reorders the list. The entity type is Object: on a reset Timefold hands
     * this listener the shadow side (stage jobs), on a move the list owner.
     */
    @SuppressWarnings("removal")
    public static final class OnListChange implements ListVariableListener<CorridorSchedule, Object, StageJob> {

        @Override
        public void afterListVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, Object list,
                int fromIndex, int toIndex) {
            redecodeIfChanged(scoreDirector);
        }

        @Override
        public void afterListVariableElementUnassigned(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            if (job.getPlacement() != null) {
                change(scoreDirector, job, null);
            }
        }

        @Override
        public void afterEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
            redecodeIfUnplaced(scoreDirector, list);
        }

        @Override
        public void beforeListVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, Object list,
                int fromIndex, int toIndex) {
            // The decode needs the list as it is after the change: only note where it will change.
            scoreDirector.getWorkingSolution().markListChanged(fromIndex, toIndex);
        }

        @Override
        public void beforeEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
            // Nothing to decode before the list exists.
        }

        @Override
        public void beforeEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
            // The single activity list is never removed.
        }

        @Override
        public void afterEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
            // The single activity list is never removed.
        }
    }

    /** Re-decodes when a move switches a stage to another mode. */
    @SuppressWarnings("removal")
    public static final class OnModeChange implements VariableListener<CorridorSchedule, StageJob> {

        @Override
        public void afterVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            redecodeIfChanged(scoreDirector);
        }

        @Override
        public void afterEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            redecodeIfUnplaced(scoreDirector, job);
        }

        @Override
        public void beforeVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            // The decode needs the mode as it is after the change: only note that it will change.
            scoreDirector.getWorkingSolution().markModeChanged(job.getIndex());
        }

        @Override
        public void beforeEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            // Jobs are fixed for a solve.
        }

        @Override
        public void beforeEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            // Jobs are fixed for a solve.
        }

        @Override
        public void afterEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
            // Jobs are fixed for a solve.
        }
    }

    /**
     * On a reset Timefold announces every job; one decode places them all, so decode only for a job
     * still without a placement (a fresh solution), not once per job.
     */
    private static void redecodeIfUnplaced(ScoreDirector<CorridorSchedule> scoreDirector, Object entity) {
        if (!(entity instanceof StageJob job) || (job.getPlacement() == null && job.getMode() != null)) {
            redecode(scoreDirector);
        }
    }

    /**
     * Timefold announces a change before it makes it and after, and after a reset it announces every
     * job's mode as changed without one: one decode serves every announcement since the last change,
     * where a decode per job made a reset of n stages cost n decodes (hours at 100,000 stages).
     */
    private static void redecodeIfChanged(ScoreDirector<CorridorSchedule> scoreDirector) {
        if (scoreDirector.getWorkingSolution().isChanged()) {
            redecode(scoreDirector);
        }
    }

    private static void redecode(ScoreDirector<CorridorSchedule> scoreDirector) {
        var solution = scoreDirector.getWorkingSolution();
        var problem = solution.getProblem();
        var jobs = solution.getJobs();
        var order = solution.getActivityList().getOrder();
        int[] listed;
        ModeOption[] modes;
        boolean allHaveModes = true;
        var told = toldChanges(solution);
        if (told != null) {
            listed = told.order();
            modes = told.modes();
        } else {
            modes = new ModeOption[problem.stageCount()];
            for (var job : jobs) {
                modes[job.getIndex()] = job.getMode();
                allHaveModes &= job.getMode() != null;
            }
            var all = new int[order.size()];
            int count = 0;
            for (var job : order) {
                if (job.getMode() != null) {
                    all[count++] = job.getIndex();
                }
            }
            listed = count == all.length ? all : Arrays.copyOf(all, count);
        }
        solution.markDecoded();
        var decodes = solution.decodes();
        var timetable = decodes.of(listed, modes).timetable();
        var forward = decodes.latestForward();
        // Where the decode was made from the one the placements came from, only the stages it moved can differ.
        var changed = forward == null || !allHaveModes ? null : forward.changedFrom(solution.placedFrom());
        solution.placedFrom(forward);
        if (changed != null && indexedByStage(jobs, changed)) {
            for (int stage : changed) {
                var job = jobs.get(stage);
                if (!timetable.places(stage, job.getPlacement())) {
                    change(scoreDirector, job, timetable.placement(stage));
                }
            }
            return;
        }
        // Compared field by field: most placements stay, and a placement made for each would be garbage.
        for (var job : jobs) {
            var placement = job.getPlacement();
            if (job.getMode() == null) {
                if (placement != null) {
                    change(scoreDirector, job, null);
                }
            } else if (!timetable.places(job.getIndex(), placement)) {
                change(scoreDirector, job, timetable.placement(job.getIndex()));
            }
        }
    }

    /**
     * The list and modes as they stand, from the decode the placements came from and the changes the
     * listeners were told of since, reading only the jobs those touched; null where that decode does
     * not cover every stage or the changes were not all told. Beyond a thousand stages the search
     * decodes a move in a fraction of a millisecond, where reading 10,000 jobs twice a move cost a
     * tenth of it.
     */
    private static ActivityOrderArrays toldChanges(CorridorSchedule solution) {
        var before = solution.placedFrom();
        int n = solution.getProblem().stageCount();
        var order = solution.getActivityList().getOrder();
        if (before == null || !solution.changesTracked() || before.order().length != n || order.size() != n) {
            return null;
        }
        var listed = before.order();
        if (solution.listChangedFrom() < solution.listChangedTo()) {
            listed = listed.clone();
            for (int p = Math.max(0, solution.listChangedFrom()), to = Math.min(n, solution.listChangedTo()); p < to; p++) {
                var job = order.get(p);
                if (job.getMode() == null) {
                    return null;
                }
                listed[p] = job.getIndex();
            }
        }
        var modes = before.modes();
        int stage = solution.modeChangedStage();
        if (stage >= 0) {
            var job = solution.getJobs().get(stage);
            if (job.getIndex() != stage || job.getMode() == null) {
                return null;
            }
            modes = modes.clone();
            modes[stage] = job.getMode();
        }
        return new ActivityOrderArrays(listed, modes);
    }

    /** A list as stage indexes by position and the modes by stage, as the decoder takes them. */
    private record ActivityOrderArrays(int[] order, ModeOption[] modes) {
    }

    private static boolean indexedByStage(List<StageJob> jobs, int[] stages) {
        for (int stage : stages) {
            if (stage >= jobs.size() || jobs.get(stage).getIndex() != stage) {
                return false;
            }
        }
        return true;
    }

    private static void change(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job, Placement placement) {
        scoreDirector.beforeVariableChanged(job, "placement");
        job.setPlacement(placement);
        scoreDirector.afterVariableChanged(job, "placement");
    }
}
