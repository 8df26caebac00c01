package dev.corridor.schedule.search;

import java.time.Duration;

/**
 * When one search stops, and the seed of its random choices: a time limit, a step limit or both.
 * With a step limit and no time limit, the same seed always gives the same plan.
 */
public record SearchLimits(Duration timeLimit, Integer stepLimit, long seed) {

    public static SearchLimits steps(int steps) {
        return new SearchLimits(null, steps, 42);
    }

    public static SearchLimits time(Duration timeLimit) {
        return new SearchLimits(timeLimit, null, 42);
    }

    public SearchLimits withStepLimit(Integer newStepLimit) {
        return new SearchLimits(timeLimit, newStepLimit, seed);
    }

    public SearchLimits withTimeLimit(Duration newTimeLimit) {
        return new SearchLimits(newTimeLimit, stepLimit, seed);
    }
}
