package dev.corridor.schedule;

import dev.corridor.schedule.problem.ResourceSpec;

/** One stage holding {@code units} of a resource in one period. */
public record ResourceUse(ResourceSpec resource, int period, int units) {
}
