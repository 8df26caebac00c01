package dev.corridor;

import dev.corridor.risk.RiskPolicy;

/**
 * How to run a risk analysis.
 *
 * @param iterations scenarios to run (at most that many, until stable)
 * @param seed seed of the draws: the same seed gives the same report on any number of threads
 * @param threads threads to run the scenarios on
 * @param policy how each scenario is planned
 * @param untilStable run in batches and stop once the percentiles settle
 * @param replanSteps the replan policy's search in each scenario: local-search steps from the plan
 * @param financeStep periods per step of each scenario's financing LP: 1 period by period (exact), 3
 *                    by quarter for a monthly dataset; 0 for the default (by quarter for monthly
 *                    datasets, else period by period)
 */
public record RiskOptions(int iterations, long seed, int threads, RiskPolicy policy, boolean untilStable,
        int replanSteps, int financeStep) {

    public static final int DEFAULT_ITERATIONS = 1000;
    public static final int DEFAULT_REPLAN_STEPS = 50;

    public RiskOptions {
        if (iterations < 1) {
            throw new IllegalArgumentException("At least one iteration, not " + iterations + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread, not " + threads + ".");
        }
        if (financeStep < 0) {
            throw new IllegalArgumentException("The finance step must not be negative, not " + financeStep + ".");
        }
        if (replanSteps < 0) {
            throw new IllegalArgumentException("The replan steps must not be negative, not " + replanSteps + ".");
        }
    }

    /** The fixed policy, all iterations. */
    public static RiskOptions fixed(int iterations, long seed, int threads) {
        return new RiskOptions(iterations, seed, threads, RiskPolicy.FIXED, false, DEFAULT_REPLAN_STEPS, 0);
    }

    public RiskOptions withPolicy(RiskPolicy newPolicy) {
        return new RiskOptions(iterations, seed, threads, newPolicy, untilStable, replanSteps, financeStep);
    }

    public RiskOptions withUntilStable(boolean stable) {
        return new RiskOptions(iterations, seed, threads, policy, stable, replanSteps, financeStep);
    }

    public RiskOptions withFinanceStep(int step) {
        return new RiskOptions(iterations, seed, threads, policy, untilStable, replanSteps, step);
    }

    public RiskOptions withReplanSteps(int steps) {
        return new RiskOptions(iterations, seed, threads, policy, untilStable, steps, financeStep);
    }
}
