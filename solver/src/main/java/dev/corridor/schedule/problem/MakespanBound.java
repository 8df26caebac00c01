package dev.corridor.schedule.problem;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A makespan no plan can beat: the longest path through the precedence links from the releases,
 * every stage in its shortest mode and in its calendar, with resources and stocks left out. Those
 * only ever delay a stage, so a plan that reaches this bound is optimal, and the search may stop.
 */
public final class MakespanBound {

    private MakespanBound() {
    }

    /** The bound in periods, or 0 when the links hold a cycle (which the dataset reader refuses anyway). */
    public static int of(ScheduleProblem problem) {
        int n = problem.stageCount();
        int[] earliestStart = new int[n];
        int[] earliestFinish = new int[n];
        int bound = 0;
        for (int stage : topologicalOrder(problem)) {
            if (stage < 0) {
                return 0;
            }
            var spec = problem.stage(stage);
            int shortest = spec.modes().stream().mapToInt(ModeOption::duration).min().orElse(0);
            int longest = spec.modes().stream().mapToInt(ModeOption::duration).max().orElse(0);
            int start = Math.max(0, spec.release());
            int finish = 0;
            for (int index : problem.predecessorLinks(stage)) {
                var link = problem.link(index);
                int before = link.predecessor();
                // The finish-anchored types bind the finish.
                switch (link.type()) {
                    case FS -> start = Math.max(start, earliestFinish[before] + link.lag());
                    case SS -> start = Math.max(start, earliestStart[before] + link.lag());
                    case FF -> finish = Math.max(finish, earliestFinish[before] + link.lag());
                    case SF -> finish = Math.max(finish, earliestStart[before] + link.lag());
                }
            }
            // A finish never comes earlier for a later start or a longer mode, so no mode can start before
            // the earliest start that reaches `finish` in the longest one (closed periods counted).
            var calendar = spec.calendar();
            start = Math.max(start, calendar.earliestStartFinishingBy(0, longest, finish));
            earliestStart[stage] = start;
            earliestFinish[stage] = Math.max(finish, calendar.finish(start, shortest));
            bound = Math.max(bound, earliestFinish[stage]);
        }
        return bound;
    }

    /** Stages with every predecessor ahead of them; a -1 at the end when a cycle leaves some out. */
    private static int[] topologicalOrder(ScheduleProblem problem) {
        int n = problem.stageCount();
        int[] waitingOn = new int[n];
        for (var link : problem.links()) {
            waitingOn[link.successor()]++;
        }
        var ready = new ArrayDeque<Integer>();
        for (int stage = 0; stage < n; stage++) {
            if (waitingOn[stage] == 0) {
                ready.add(stage);
            }
        }
        int[] order = new int[n];
        int taken = 0;
        while (!ready.isEmpty()) {
            int stage = ready.poll();
            order[taken++] = stage;
            for (int index : problem.successorLinks(stage)) {
                int next = problem.link(index).successor();
                if (--waitingOn[next] == 0) {
                    ready.add(next);
                }
            }
        }
        if (taken < n) {
            order[taken] = -1;
            return Arrays.copyOf(order, taken + 1);
        }
        return order;
    }
}
