package dev.corridor.schedule.search;

import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;
import java.util.List;

/**
 * A stage's precedence window in the activity list: after its last predecessor and before its
 * first successor. List moves that leave a stage inside its window keep the list in precedence
 * order, as activity-list searches in the literature do. The decoder takes a stage listed ahead of
 * a predecessor as soon as that predecessor is placed, so positions outside the window mostly
 * decode to schedules the window already offers: evaluating them was most of the moves spent.
 * Measured in benchmarks/RESULTS.md (Search experiments). Timefold asks it through
 * {@link TimefoldMoves.ChangeInWindow} and {@link TimefoldMoves.SwapInWindow}.
 */
final class PrecedenceWindow {

    private final ScheduleProblem problem;
    /** Position by stage index, as last seen; checked entry by entry against the list before use. */
    private int[] position = new int[0];

    PrecedenceWindow(ScheduleProblem problem) {
        this.problem = problem;
    }

    /** Whether {@code stage}, taken out of {@code order} and put back at index {@code to}, lands in its window. */
    boolean allowsMove(List<StageJob> order, int stage, int to) {
        refreshFor(order, stage, -1);
        int from = position[stage];
        for (int l : problem.predecessorLinks(stage)) {
            if (pinned(problem.link(l).predecessor())) {
                continue;
            }
            int p = position[problem.link(l).predecessor()];
            if (p >= 0 && afterRemoval(p, from) >= to) {
                return false;
            }
        }
        for (int l : problem.successorLinks(stage)) {
            if (pinned(problem.link(l).successor())) {
                continue;
            }
            int p = position[problem.link(l).successor()];
            if (p >= 0 && afterRemoval(p, from) < to) {
                return false;
            }
        }
        return true;
    }

    /** Whether the stages at the two positions can trade places with both inside their windows. */
    boolean allowsSwap(List<StageJob> order, int left, int right) {
        refreshFor(order, left, right);
        return landsInWindow(left, right) && landsInWindow(right, left);
    }

    /** Whether {@code stage}, put where {@code other} is while {@code other} takes its place, is in its window. */
    private boolean landsInWindow(int stage, int other) {
        int to = position[other];
        for (int l : problem.predecessorLinks(stage)) {
            int before = problem.link(l).predecessor();
            if (pinned(before)) {
                continue;
            }
            int p = before == other ? position[stage] : position[before];
            if (p >= 0 && p >= to) {
                return false;
            }
        }
        for (int l : problem.successorLinks(stage)) {
            int after = problem.link(l).successor();
            if (pinned(after)) {
                continue;
            }
            int p = after == other ? position[stage] : position[after];
            if (p >= 0 && p <= to) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code stage} started by the data date: it is pinned at the head of the list, where no
     * move reaches, so it bounds no window (a stage not started may follow a started successor).
     */
    private boolean pinned(int stage) {
        return problem.stage(stage).isStarted();
    }

    private static int afterRemoval(int p, int removed) {
        return p < removed ? p : p - 1;
    }

    /**
     * Positions go stale with every step, but only those of the stages a move touches and their
     * neighbours matter: if each of them is still where the cache says, the cache is right for them.
     */
    private void refreshFor(List<StageJob> order, int stage, int other) {
        if (!current(order, stage) || (other >= 0 && !current(order, other)) || !neighboursCurrent(order, stage)
                || (other >= 0 && !neighboursCurrent(order, other))) {
            if (position.length != problem.stageCount()) {
                position = new int[problem.stageCount()];
            }
            Arrays.fill(position, -1);
            for (int p = 0; p < order.size(); p++) {
                position[order.get(p).getIndex()] = p;
            }
        }
    }

    private boolean neighboursCurrent(List<StageJob> order, int stage) {
        for (int l : problem.predecessorLinks(stage)) {
            if (!current(order, problem.link(l).predecessor())) {
                return false;
            }
        }
        for (int l : problem.successorLinks(stage)) {
            if (!current(order, problem.link(l).successor())) {
                return false;
            }
        }
        return true;
    }

    private boolean current(List<StageJob> order, int stage) {
        if (stage >= position.length) {
            return false;
        }
        int p = position[stage];
        return p >= 0 && p < order.size() && order.get(p).getIndex() == stage;
    }

    /** Whether this window serves {@code other}: a window is built for one problem. */
    boolean serves(ScheduleProblem other) {
        return problem == other;
    }
}
