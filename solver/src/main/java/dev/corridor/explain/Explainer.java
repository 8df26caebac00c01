package dev.corridor.explain;

import dev.corridor.model.Project;
import dev.corridor.model.plan.ChainLink;
import dev.corridor.model.plan.Explanation;
import dev.corridor.model.plan.Hold;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * Works out why a plan ends when it does: the critical chain, back from the stage that finishes
 * last, each stage with what holds it (a predecessor, a resource another stage holds, a closed
 * season, a budget cap); and every stage's free slack.
 */
public final class Explainer {

    private Explainer() {
    }

    /** The plan with its explanation and every stage's slack. */
    public static Plan explain(ScheduleProblem problem, Plan plan) {
        var placed = PlacedStages.of(problem, plan);
        var stageIndex = new java.util.HashMap<String, Integer>();
        problem.stages().forEach(stage -> stageIndex.put(stage.id(), stage.index()));
        var stages = new ArrayList<StagePlan>();
        for (var stage : plan.stages()) {
            stages.add(stage.withSlack(placed.freeSlack(stageIndex.get(stage.id()))));
        }
        return plan.toBuilder().explanation(stages, plan.calendars(),
                new Explanation(criticalChain(placed), moved(placed, plan))).build();
    }

    /** How many of the stages that moved most from a baseline the explanation says why of. */
    static final int MOVED_EXPLAINED = 10;

    /**
     * The stages not started that moved most from their baseline start, most first, each with what
     * holds it where it is now (a predecessor that slipped, a crew, a season, a budget cap; or nothing,
     * where the search moved it for a better plan).
     */
    static List<ChainLink> moved(PlacedStages placed, Plan plan) {
        var problem = placed.problem();
        var index = new java.util.HashMap<String, Integer>();
        problem.stages().forEach(stage -> index.put(stage.id(), stage.index()));
        return plan.stages().stream()
                .filter(s -> s.baselineStart() != null && s.start() != s.baselineStart()
                        && !problem.stage(index.get(s.id())).isStarted())
                .sorted(java.util.Comparator.comparingInt((dev.corridor.model.plan.StagePlan s) ->
                        -Math.abs(s.start() - s.baselineStart())).thenComparing(dev.corridor.model.plan.StagePlan::id))
                .limit(MOVED_EXPLAINED)
                .map(s -> hold(placed, index.get(s.id())).link())
                .toList();
    }

    /** The chain from its first stage to the one that finishes last. */
    static List<ChainLink> criticalChain(PlacedStages placed) {
        var chain = new ArrayList<ChainLink>();
        var seen = new HashSet<Integer>();
        int stage = placed.lastToFinish();
        while (stage >= 0 && seen.add(stage)) {
            var link = hold(placed, stage);
            chain.add(link.link());
            stage = link.next();
        }
        Collections.reverse(chain);
        return chain;
    }

    /** A chain link and the stage the chain goes on to (-1 where it begins). */
    private record Step(ChainLink link, int next) {
    }

    /** What keeps the stage from starting a period earlier. */
    private static Step hold(PlacedStages placed, int stage) {
        var problem = placed.problem();
        var project = problem.project();
        var job = placed.job(stage);
        var spec = job.getSpec();
        if (spec.isStarted()) {
            var progress = spec.progress();
            return step(placed, stage, Hold.PROGRESS, -1, null, null, null, progress.isComplete()
                    ? "ran from " + label(project, job.start()) + " to " + label(project, job.finish())
                            + ", as recorded at the data date."
                    : "started in " + label(project, job.start()) + ", as recorded at the data date; its remaining "
                            + progress.remaining() + " worked periods resume in "
                            + label(project, job.getPlacement().resume()) + ".");
        }
        var bound = placed.precedenceBound(stage);
        int start = job.start();
        int predecessor = bound.link() < 0 ? -1 : problem.link(bound.link()).predecessor();
        if (job.getMode().duration() == 0 || start <= bound.earliest()) {
            return precedenceStep(placed, stage, bound);
        }
        var calendar = spec.calendar();
        int candidate = start - 1;
        while (candidate >= bound.earliest() && !calendar.isOpen(candidate)) {
            candidate--;
        }
        if (candidate < bound.earliest()) {
            var name = project.calendar(calendar.id()).map(c -> c.name() != null ? c.name() : c.id()).orElse(calendar.id());
            int closedFrom = bound.earliest();
            return step(placed, stage, Hold.SEASON, predecessor, null, calendar.id(), closedFrom,
                    "waits for its season (" + name + "): may start from " + label(project, bound.earliest())
                            + " but the calendar is closed until " + label(project, start) + ".");
        }
        var conflict = placed.resourceOrBudgetConflict(stage, candidate);
        if (conflict instanceof Conflict.ResourceFull full) {
            var resource = full.resource();
            int capacity = resource.capacityAt(full.period());
            String why;
            int next;
            if (full.holder() >= 0 && placed.job(full.holder()).start() < start) {
                next = full.holder();
                why = "waits for " + resource.id() + ": it is full in " + label(project, full.period()) + " (capacity "
                        + capacity + ") and " + problem.stage(next).id() + " holds it until "
                        + label(project, placed.job(next).finish()) + ".";
            } else {
                next = predecessor;
                why = "waits for " + resource.id() + ": starting in " + label(project, candidate) + " it would need "
                        + job.getMode().demand(resource.index()) + " in " + label(project, full.period())
                        + ", where capacity is " + capacity + ".";
            }
            return step(placed, stage, Hold.RESOURCE, next, resource.id(), null, full.period(), why);
        }
        if (conflict instanceof Conflict.BudgetOver over) {
            var window = over.window();
            var why = window.funding()
                    ? "starting in " + label(project, candidate) + " would spend more before " + label(project, window.to())
                            + " than the tranches open by then can pay in."
                    : "starting in " + label(project, candidate) + " would overspend the budget cap of "
                            + label(project, window.from()) + " to " + label(project, window.to() - 1) + ".";
            return step(placed, stage, window.funding() ? Hold.MONEY : Hold.BUDGET, predecessor, null, null,
                    window.from(), why);
        }
        return step(placed, stage, Hold.NOTHING, predecessor, null, null, null,
                "could start in " + label(project, candidate) + "; nothing holds it there, the search chose a later start.");
    }

    private static Step precedenceStep(PlacedStages placed, int stage, PrecedenceBound bound) {
        var problem = placed.problem();
        var project = problem.project();
        if (bound.link() >= 0) {
            var link = problem.link(bound.link());
            var before = problem.stage(link.predecessor()).id();
            String lag = link.lag() == 0 ? "" : ", lag " + link.lag();
            return step(placed, stage, Hold.PREDECESSOR, link.predecessor(), null, null, null,
                    "follows " + before + " (" + link.type() + lag + ").");
        }
        if (bound.earliest() > 0) {
            return step(placed, stage, Hold.RELEASE, -1, null, null, bound.earliest(),
                    "is not released before " + label(project, bound.earliest()) + ".");
        }
        return step(placed, stage, Hold.PROJECT_START, -1, null, null, null, "starts with the project.");
    }

    private static Step step(PlacedStages placed, int stage, Hold hold, int next, String resource, String calendar,
            Integer period, String detail) {
        var job = placed.job(stage);
        var spec = job.getSpec();
        var name = placed.problem().project().stage(spec.id()).map(s -> s.name()).orElse(spec.id());
        // The chain only goes back in time; anything else would be a loop, not an explanation.
        int previous = next >= 0 && placed.job(next).start() < job.start() ? next : -1;
        var after = previous < 0 ? null : placed.problem().stage(previous).id();
        return new Step(new ChainLink(spec.id(), name, job.start(), job.finish(), hold, after, resource, calendar,
                period, spec.id() + " " + detail), previous);
    }

    static String label(Project project, int period) {
        var label = project.periodLabel(period);
        return label != null ? label : "period " + period;
    }
}
