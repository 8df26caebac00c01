package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ScheduleProblem;

/**
 * Every resource's capacity per period, looked up in an array: the decoders ask for it in their
 * innermost loops, where the binary search over capacity changes would cost more than the check.
 * Past the steady period capacity no longer changes, so the table ends there.
 */
final class Capacities {

    /** at[r][t] for t before the steady period; steady[r] from it on. */
    private final int[][] at;
    private final int[] steady;

    Capacities(ScheduleProblem problem) {
        int steadyFrom = problem.steadyFrom();
        int count = problem.resources().size();
        this.at = new int[count][steadyFrom];
        this.steady = new int[count];
        for (var resource : problem.resources()) {
            for (int t = 0; t < steadyFrom; t++) {
                at[resource.index()][t] = resource.capacityAt(t);
            }
            steady[resource.index()] = resource.capacityAt(steadyFrom);
        }
    }

    int of(int resource, int period) {
        return period < at[resource].length ? at[resource][period] : steady[resource];
    }
}
