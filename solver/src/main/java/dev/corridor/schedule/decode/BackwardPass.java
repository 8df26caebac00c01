package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;

/**
 * The backward half of forward-backward improvement (justification), a standard companion of the
 * serial schedule generator: take the stages in order of decreasing finish and push each as late as
 * its successors and the resources allow, without passing the forward makespan. The stages then
 * start in an order that closes gaps when decoded forward again.
 *
 * <p>It only proposes an order; the forward decode that follows enforces every rule (calendars and
 * budgets included), so a stage is treated here as one block over its forward span.
 */
final class BackwardPass {

    private final ScheduleProblem problem;
    private final int resourceCount;
    private int[][] usage;
    private final Capacities capacities;

    BackwardPass(ScheduleProblem problem, Capacities capacities) {
        this.problem = problem;
        this.resourceCount = problem.resources().size();
        this.usage = new int[resourceCount][0];
        this.capacities = capacities;
    }

    /** The listed stages ordered by the latest starts the backward pass finds for them. */
    int[] order(int[] listed, ModeOption[] modes, Timetable forward) {
        int horizon = forward.makespan();
        ensureLength(horizon + 1);
        int n = problem.stageCount();
        var start = new int[n];
        var finish = new int[n];
        Arrays.fill(start, Integer.MIN_VALUE);
        var byFinish = StageSort.sorted(listed, s -> -forward.finish()[s], s -> -forward.start()[s]);
        for (int stage : byFinish) {
            int span = forward.finish()[stage] - forward.start()[stage];
            int latestFinish = horizon;
            for (int l : problem.successorLinks(stage)) {
                var link = problem.link(l);
                int successor = link.successor();
                if (start[successor] == Integer.MIN_VALUE) {
                    continue;
                }
                latestFinish = Math.min(latestFinish, link.latestFinish(start[successor], finish[successor], span));
            }
            int chosen = latestStart(modes[stage], span, latestFinish - span, forward.start()[stage]);
            start[stage] = chosen;
            finish[stage] = chosen + span;
            book(modes[stage], chosen, span);
        }
        // Every block lies within [0, horizon): clearing the rows there is cheaper than unbooking each.
        for (int r = 0; r < resourceCount; r++) {
            Arrays.fill(usage[r], 0, horizon + 1, 0);
        }
        return StageSort.sorted(listed, s -> start[s], s -> forward.start()[s]);
    }

    /** The latest start at or before {@code latest} where the block fits; the forward start if none does. */
    private int latestStart(ModeOption mode, int span, int latest, int fallback) {
        int t = latest;
        while (t >= 0) {
            int conflict = lastConflict(mode, t, span);
            if (conflict < 0) {
                return t;
            }
            t = conflict - span;
        }
        return Math.min(fallback, latest);
    }

    /** The last period of [t, t + span) where the block does not fit, or -1. */
    private int lastConflict(ModeOption mode, int t, int span) {
        for (int p = t + span - 1; p >= t; p--) {
            for (int r = 0; r < resourceCount; r++) {
                int demand = mode.demand(r);
                if (demand > 0 && p >= 0 && p < usage[r].length && usage[r][p] + demand > capacities.of(r, p)) {
                    return p;
                }
            }
        }
        return -1;
    }

    private void book(ModeOption mode, int t, int span) {
        for (int r = 0; r < resourceCount; r++) {
            int demand = mode.demand(r);
            if (demand > 0) {
                for (int p = Math.max(0, t); p < Math.min(t + span, usage[r].length); p++) {
                    usage[r][p] += demand;
                }
            }
        }
    }

    private void ensureLength(int length) {
        for (int r = 0; r < resourceCount; r++) {
            if (usage[r].length < length) {
                usage[r] = new int[Math.max(length, usage[r].length * 2)];
            }
        }
    }
}
