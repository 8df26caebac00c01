package dev.corridor;

import dev.corridor.schedule.search.SearchLimits;
import java.time.Duration;

/**
 * How long and how to search.
 *
 * @param timeLimit stop after this long; null to stop on the step limit alone
 * @param stepLimit stop after this many local-search steps; null for no step limit. With a step
 *                  limit and no time limit, the same seed always gives the same plan.
 * @param seed seed of the solver's random choices
 * @param financeRounds when the project has tranches: how many times at most to re-solve the
 *                      schedule with the period prices of cash (0: schedule, then finance)
 */
public record SolveOptions(Duration timeLimit, Integer stepLimit, long seed, int financeRounds) {

    public static final int DEFAULT_FINANCE_ROUNDS = 3;

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    public static final long DEFAULT_SEED = 42;

    public SolveOptions {
        if (timeLimit == null && stepLimit == null) {
            throw new IllegalArgumentException("Give a time limit, a step limit or both, or the search would never stop.");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("The time limit must be positive, not " + timeLimit + ".");
        }
        if (stepLimit != null && stepLimit < 0) {
            throw new IllegalArgumentException("The step limit must not be negative, not " + stepLimit + ".");
        }
        if (financeRounds < 0) {
            throw new IllegalArgumentException("The finance rounds must not be negative, not " + financeRounds + ".");
        }
    }

    public SolveOptions(Duration timeLimit, Integer stepLimit, long seed) {
        this(timeLimit, stepLimit, seed, DEFAULT_FINANCE_ROUNDS);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, null, DEFAULT_SEED);
    }

    public static SolveOptions timeLimit(Duration timeLimit) {
        return new SolveOptions(timeLimit, null, DEFAULT_SEED);
    }

    public static SolveOptions stepLimit(int steps) {
        return new SolveOptions(null, steps, DEFAULT_SEED);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, stepLimit, newSeed, financeRounds);
    }

    public SolveOptions withTimeLimit(Duration newTimeLimit) {
        return new SolveOptions(newTimeLimit, stepLimit, seed, financeRounds);
    }

    public SolveOptions withStepLimit(Integer newStepLimit) {
        return new SolveOptions(timeLimit, newStepLimit, seed, financeRounds);
    }

    public SolveOptions withFinanceRounds(int rounds) {
        return new SolveOptions(timeLimit, stepLimit, seed, rounds);
    }

    /** The limits of one search: the whole time limit, the step limit and the seed. */
    public SearchLimits limits() {
        return new SearchLimits(timeLimit, stepLimit, seed);
    }
}
