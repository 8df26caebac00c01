package dev.corridor.schedule.search;

import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.ActivityOrder;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.problem.StageSpec;
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
        return candidates.stream().min(Comparator.comparingLong(c -> quality(generator, c))).orElseThrow();
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
            job.setMode(spec.modes().stream().filter(m -> m.id().equals(modeId)).findFirst().orElseThrow());
            jobs.add(job);
            byId.put(spec.id(), job);
        }
        var order = warmStart.stages().stream().map(byId::get).toList();
        return new CorridorSchedule(problem, jobs, new ActivityList(order), weights);
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
        return new CorridorSchedule(problem, jobs, new ActivityList(inPrecedenceOrder(problem, order)), weights);
    }

    /**
     * Lower is better: stock overdrawn first (no timing can mend it), then forced placements, then
     * periods beyond the horizon, then the makespan.
     */
    private static long quality(SerialScheduleGenerator generator, CorridorSchedule schedule) {
        var order = schedule.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        var modes = schedule.getJobs().stream().map(StageJob::getMode).toArray(ModeOption[]::new);
        var timetable = generator.decode(order, modes);
        long overdrawn = 0;
        for (var stock : schedule.getProblem().stocks()) {
            long used = 0;
            for (var mode : modes) {
                used += mode.consumption(stock.index());
            }
            overdrawn += Math.max(0, used - stock.capacity());
        }
        long late = Math.max(0, timetable.makespan() - schedule.getProblem().horizon());
        return overdrawn * 1_000_000_000_000L + timetable.forced() * 1_000_000_000L + late * 1_000_000L
                + timetable.makespan();
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
            var calendar = job.getSpec().calendar();
            // Seasonal work takes longer in calendar time than in worked periods.
            duration[job.getIndex()] = calendar.finish(calendar.nextOpen(0), job.getMode().duration()) - calendar.nextOpen(0);
        }
        var tail = new long[n];
        var done = new boolean[n];
        for (int i = 0; i < n; i++) {
            visit(i, problem, duration, tail, done);
        }
        return tail;
    }

    private static void visit(int stage, ScheduleProblem problem, long[] duration, long[] tail, boolean[] done) {
        // Iterative post-order, so long precedence chains cannot overflow the stack.
        var stack = new ArrayList<int[]>();
        stack.add(new int[] {stage, 0});
        while (!stack.isEmpty()) {
            var top = stack.get(stack.size() - 1);
            int s = top[0];
            if (done[s]) {
                stack.remove(stack.size() - 1);
                continue;
            }
            var successors = problem.successorLinks(s);
            if (top[1] < successors.length) {
                int next = problem.link(successors[top[1]++]).successor();
                if (!done[next]) {
                    stack.add(new int[] {next, 0});
                }
                continue;
            }
            long longest = duration[s];
            for (int l : successors) {
                var link = problem.link(l);
                int j = link.successor();
                long offset = switch (link.type()) {
                    case FS -> duration[s] + link.lag();
                    case SS -> link.lag();
                    case FF -> duration[s] + link.lag() - duration[j];
                    case SF -> link.lag() - duration[j];
                };
                longest = Math.max(longest, offset + tail[j]);
            }
            tail[s] = longest;
            done[s] = true;
            stack.remove(stack.size() - 1);
        }
    }
}
