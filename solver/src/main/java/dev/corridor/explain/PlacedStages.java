package dev.corridor.explain;

import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.StageJob;
import java.util.HashMap;

/**
 * A plan laid over its compiled problem: where each stage is, and what each resource and budget
 * window holds. It answers one question, asked many ways: could this stage be somewhere else,
 * everything else staying where it is?
 */
final class PlacedStages {

    private final ScheduleProblem problem;
    /** By stage index; null for a stage the plan does not place. */
    private final StageJob[] jobs;
    private final int makespan;
    /** usage[r][t]: units of resource r booked in period t, by all stages. */
    private final int[][] usage;
    private final long[] windowSpent;

    private PlacedStages(ScheduleProblem problem, StageJob[] jobs, int makespan) {
        this.problem = problem;
        this.jobs = jobs;
        this.makespan = makespan;
        this.usage = new int[problem.resources().size()][makespan + 1];
        this.windowSpent = new long[problem.budgetWindows().size()];
        for (var job : jobs) {
            if (job == null) {
                continue;
            }
            for (var use : job.resourceUses(problem.resources())) {
                usage[use.resource().index()][use.period()] += use.units();
            }
            for (var window : problem.budgetWindows()) {
                windowSpent[window.index()] += job.spendIn(window);
            }
        }
    }

    /**
     * Lays the plan over the problem.
     *
     * @throws IllegalArgumentException if the plan names a stage or mode the problem does not have
     */
    static PlacedStages of(ScheduleProblem problem, Plan plan) {
        var index = new HashMap<String, Integer>();
        problem.stages().forEach(stage -> index.put(stage.id(), stage.index()));
        var jobs = new StageJob[problem.stageCount()];
        int makespan = 0;
        for (var stagePlan : plan.stages()) {
            Integer stage = index.get(stagePlan.id());
            if (stage == null) {
                throw new IllegalArgumentException("The plan has stage \"" + stagePlan.id() + "\", which the dataset does not.");
            }
            var spec = problem.stage(stage);
            ModeOption mode = spec.modes().stream().filter(m -> m.id().equals(stagePlan.mode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Stage \"" + stagePlan.id() + "\" has no mode \""
                            + stagePlan.mode() + "\" in the dataset."));
            int resume = stagePlan.resume() == null ? stagePlan.start() : stagePlan.resume();
            jobs[stage] = new StageJob(spec, mode, stagePlan.start(), resume);
            makespan = Math.max(makespan, jobs[stage].finish());
        }
        return new PlacedStages(problem, jobs, makespan);
    }

    ScheduleProblem problem() {
        return problem;
    }

    StageJob job(int stage) {
        return jobs[stage];
    }

    int makespan() {
        return makespan;
    }

    /** A stage that finishes last: where the critical chain ends. -1 for an empty plan. */
    int lastToFinish() {
        int last = -1;
        for (int s = 0; s < jobs.length; s++) {
            if (jobs[s] != null && (last < 0 || jobs[s].finish() > jobs[last].finish())) {
                last = s;
            }
        }
        return last;
    }

    /** The earliest start the release and the placed predecessors allow, the same way the decoder works it out. */
    PrecedenceBound precedenceBound(int stage) {
        var spec = problem.stage(stage);
        int duration = jobs[stage].getMode().duration();
        var calendar = spec.calendar();
        int earliest = Math.max(0, spec.release());
        int binding = -1;
        for (int l : problem.predecessorLinks(stage)) {
            var link = problem.link(l);
            var before = jobs[link.predecessor()];
            if (before == null) {
                continue;
            }
            int bound = link.earliestStart(before.start(), before.finish(), calendar, duration);
            // On a tie the link holds rather than the release: the chain can go on through it.
            if (bound > earliest || (bound == earliest && binding < 0 && bound > 0)) {
                earliest = bound;
                binding = l;
            }
        }
        return new PrecedenceBound(earliest, binding);
    }

    /** What keeps the stage from starting at {@code start} for resources or budget; null if nothing does. */
    Conflict resourceOrBudgetConflict(int stage, int start) {
        var job = jobs[stage];
        var mode = job.getMode();
        if (mode.duration() == 0) {
            return null;
        }
        var calendar = job.getSpec().calendar();
        var own = calendar.workedPeriods(job.start(), mode.duration());
        var worked = calendar.workedPeriods(start, mode.duration());
        for (int period : worked) {
            boolean ownsPeriod = java.util.Arrays.binarySearch(own, period) >= 0;
            for (var resource : problem.resources()) {
                int demand = mode.demand(resource.index());
                if (demand == 0) {
                    continue;
                }
                int others = booked(resource.index(), period) - (ownsPeriod ? demand : 0);
                if (others + demand > resource.capacityAt(period)) {
                    return new Conflict.ResourceFull(resource, period, holder(stage, resource.index(), period));
                }
            }
        }
        var moved = new StageJob(job.getSpec(), mode, start);
        for (var window : problem.budgetWindows()) {
            long now = job.spendIn(window);
            long then = moved.spendIn(window);
            if (then > now && windowSpent[window.index()] - now + then > window.maxMilli()) {
                return new Conflict.BudgetOver(window);
            }
        }
        return null;
    }

    private int booked(int resource, int period) {
        return period < usage[resource].length ? usage[resource][period] : 0;
    }

    /** Of the other stages booked on the resource in the period, the one that began before the stage and ends last. */
    private int holder(int stage, int resource, int period) {
        int holder = -1;
        for (int s = 0; s < jobs.length; s++) {
            var other = jobs[s];
            if (s == stage || other == null || other.getMode().demand(resource) == 0
                    || other.start() >= jobs[stage].start() || !isWorking(other, period)) {
                continue;
            }
            if (holder < 0 || other.finish() > jobs[holder].finish()) {
                holder = s;
            }
        }
        return holder;
    }

    private static boolean isWorking(StageJob job, int period) {
        return period >= job.start() && period < job.finish() && job.getSpec().calendar().isOpen(period);
    }

    /**
     * By how many periods the stage can start later, everything else staying put, before it breaks a
     * link to a successor, a resource or budget limit, its deadline, or finishes after the plan's end.
     * Starts in closed periods are the same as the next open one and are not tried on their own.
     */
    int freeSlack(int stage) {
        var job = jobs[stage];
        int duration = job.getMode().duration();
        var spec = job.getSpec();
        int slack = 0;
        if (spec.isStarted()) {
            // A started stage is history from its start: it cannot start later.
            return slack;
        }
        for (int start = job.start() + 1; start <= makespan; start++) {
            if (duration > 0 && !spec.calendar().isOpen(start)) {
                continue;
            }
            int finish = spec.calendar().finish(start, duration);
            if (finish > makespan || (spec.hasDeadline() && finish > spec.deadline())
                    || breaksSuccessorLink(stage, new Placement(start, finish))
                    || resourceOrBudgetConflict(stage, start) != null) {
                break;
            }
            slack = start - job.start();
        }
        return slack;
    }

    private boolean breaksSuccessorLink(int stage, Placement moved) {
        for (int l : problem.successorLinks(stage)) {
            if (!problem.binds(l)) {
                continue;
            }
            var link = problem.link(l);
            var after = jobs[link.successor()];
            if (after != null && link.violation(moved, after.getPlacement()) > 0) {
                return true;
            }
        }
        return false;
    }

    BudgetWindow window(int index) {
        return problem.budgetWindows().get(index);
    }
}
