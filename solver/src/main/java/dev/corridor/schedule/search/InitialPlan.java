package dev.corridor.schedule.search;

import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.ActivityOrder;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Ranking;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.problem.StageSpec;
import dev.corridor.schedule.problem.Standing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The starting point of the search, ordered by the classic latest-finish-time rule (stages with the
 * longest chain of work still behind them first), with every stage in its fastest mode or every
 * stage in its cheapest, whichever decodes better: fast modes shorten the critical path, but under
 * tight budget caps their price can push the whole plan later.
 */
public final class InitialPlan {

    private InitialPlan() {
    }

    public static CorridorSchedule of(ScheduleProblem problem, SpendWeights weights) {
        var candidates = new ArrayList<CorridorSchedule>();
        candidates.add(withModes(problem, weights, InitialPlan::fastestMode));
        candidates.add(withModes(problem, weights, InitialPlan::cheapestMode));
        if (!problem.stocks().isEmpty()) {
            candidates.add(withModes(problem, weights, spec -> leanestMode(problem, spec)));
        }
        var generator = new SerialScheduleGenerator(problem);
        var ranking = new Ranking(problem);
        return candidates.stream().min(Comparator.comparing(c -> standing(generator, ranking, c))).orElseThrow();
    }

    /** The mode that uses the smallest share of the non-renewable stocks, then the fastest. */
    static ModeOption leanestMode(ScheduleProblem problem, StageSpec spec) {
        return spec.modes().stream()
                .min(Comparator.comparingDouble(problem::stockShare)
                        .thenComparingInt(ModeOption::duration))
                .orElseThrow();
    }

    /** A warm start: the activity list and modes an earlier search ended with. */
    static CorridorSchedule from(ScheduleProblem problem, SpendWeights weights, ActivityOrder warmStart) {
        var byId = new java.util.HashMap<String, StageJob>();
        var jobs = new ArrayList<StageJob>();
        for (var spec : problem.stages()) {
            var job = new StageJob(spec);
            var modeId = warmStart.modes().get(spec.index());
            // A started stage has one mode, the one it runs in, whatever an earlier plan chose.
            job.setMode(spec.modes().stream().filter(m -> m.id().equals(modeId)).findFirst().orElse(spec.modes().get(0)));
            jobs.add(job);
            byId.put(spec.id(), job);
        }
        var order = warmStart.stages().stream().map(byId::get).toList();
        return new CorridorSchedule(problem, jobs, new ActivityList(startedFirst(order)), weights);
    }

    private static CorridorSchedule withModes(ScheduleProblem problem, SpendWeights weights,
            java.util.function.Function<StageSpec, ModeOption> choice) {
        var jobs = new ArrayList<StageJob>();
        for (var spec : problem.stages()) {
            var job = new StageJob(spec);
            job.setMode(choice.apply(spec));
            jobs.add(job);
        }
        var tail = remainingWork(problem, jobs);
        var order = new ArrayList<>(jobs);
        order.sort(Comparator.comparingLong((StageJob job) -> -tail[job.getIndex()]).thenComparingInt(StageJob::getIndex));
        return new CorridorSchedule(problem, jobs, new ActivityList(startedFirst(inPrecedenceOrder(problem, order))),
                weights);
    }

    /** Where a start stands, by the one ranking of plans: its decode, and the stocks its modes use. */
    private static Standing standing(SerialScheduleGenerator generator, Ranking ranking, CorridorSchedule schedule) {
        var order = schedule.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        var modes = schedule.getJobs().stream().map(StageJob::getMode).toArray(ModeOption[]::new);
        var timetable = generator.decode(order, modes);
        return ranking.of(timetable.finish(), timetable.makespan(), timetable.forced(), modes);
    }

    /**
     * The same priorities, with every stage after its predecessors: the search keeps each stage in
     * its precedence window, so the list it starts from must have one for every stage. Zero
     * durations and negative lags can tie or invert the remaining work along a link.
     */
    static List<StageJob> inPrecedenceOrder(ScheduleProblem problem, List<StageJob> byPriority) {
        int n = problem.stageCount();
        var rank = new int[n];
        for (int p = 0; p < byPriority.size(); p++) {
            rank[byPriority.get(p).getIndex()] = p;
        }
        var waitingOn = new int[n];
        for (int s = 0; s < n; s++) {
            waitingOn[s] = problem.predecessorLinks(s).length;
        }
        var ready = new java.util.PriorityQueue<StageJob>(Comparator.comparingInt(job -> rank[job.getIndex()]));
        var byIndex = new StageJob[n];
        for (var job : byPriority) {
            byIndex[job.getIndex()] = job;
            if (waitingOn[job.getIndex()] == 0) {
                ready.add(job);
            }
        }
        var ordered = new ArrayList<StageJob>(byPriority.size());
        while (!ready.isEmpty()) {
            var job = ready.poll();
            ordered.add(job);
            for (int l : problem.successorLinks(job.getIndex())) {
                int next = problem.link(l).successor();
                if (--waitingOn[next] == 0 && byIndex[next] != null) {
                    ready.add(byIndex[next]);
                }
            }
        }
        if (ordered.size() < byPriority.size()) {
            // Only a cycle of links leaves stages waiting, and validation refuses those; keep them all anyway.
            byPriority.stream().filter(job -> !ordered.contains(job)).forEach(ordered::add);
        }
        return ordered;
    }

    /**
     * The same list with the stages started by the data date first, in the order they had: the list
     * is pinned there, and the decoder takes a started stage as soon as its predecessors are placed.
     */
    static List<StageJob> startedFirst(List<StageJob> order) {
        var started = order.stream().filter(job -> job.getSpec().isStarted()).toList();
        if (started.isEmpty()) {
            return order;
        }
        var list = new ArrayList<StageJob>(started);
        order.stream().filter(job -> !job.getSpec().isStarted()).forEach(list::add);
        return list;
    }

    static ModeOption cheapestMode(StageSpec spec) {
        return spec.modes().stream()
                .min(Comparator.comparingLong(ModeOption::costMilli).thenComparingInt(ModeOption::duration))
                .orElseThrow();
    }

    static ModeOption fastestMode(StageSpec spec) {
        return spec.modes().stream()
                .min(Comparator.comparingInt(ModeOption::duration).thenComparingLong(ModeOption::costMilli))
                .orElseThrow();
    }

    /**
     * The longest path from each stage's start to the end of the project, ignoring resources:
     * a stage's latest finish time is the horizon minus this, so sorting by it descending is the LFT rule.
     */
    static long[] remainingWork(ScheduleProblem problem, List<StageJob> jobs) {
        int n = problem.stageCount();
        var duration = new long[n];
        for (var job : jobs) {
            duration[job.getIndex()] = job.getSpec().calendar().span(job.getMode().duration());
        }
        var tail = new long[n];
        var order = problem.graph().topologicalOrder();
        // Back from the end: each stage's successors are worked out before it.
        for (int i = order.length - 1; i >= 0; i--) {
            int s = order[i];
            long longest = duration[s];
            for (int l : problem.successorLinks(s)) {
                var link = problem.link(l);
                longest = Math.max(longest, link.startToStart(duration[s], duration[link.successor()]) + tail[link.successor()]);
            }
            tail[s] = longest;
        }
        return tail;
    }
}
