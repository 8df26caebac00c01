package dev.corridor.model.plan;

/**
 * How the plan was found. These figures vary from run to run even when the plan does not.
 *
 * @param stepLimit the step limit asked for, or null
 * @param timeLimitMillis the time limit asked for, or null
 * @param firstFeasibleMillis when the search first held a plan with no hard constraint broken
 *                            (0 when it started from one), or null if it never did
 */
public record PlanStats(long seed, Integer stepLimit, Long timeLimitMillis, long elapsedMillis,
        long moveEvaluations, long moveEvaluationsPerSecond, Long firstFeasibleMillis, String solverVersion) {
}
