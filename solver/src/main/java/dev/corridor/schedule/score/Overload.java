package dev.corridor.schedule.score;

import dev.corridor.schedule.problem.ResourceSpec;

/** A resource booked beyond its capacity: units over, summed over periods. */
public record Overload(ResourceSpec resource, long units) {
}
