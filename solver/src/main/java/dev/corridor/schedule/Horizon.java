package dev.corridor.schedule;

import dev.corridor.schedule.problem.Objective;

/**
 * The project's end and what the objective measures, as a fact the constraints can read.
 *
 * @param period every stage must finish by this period
 */
public record Horizon(int period, Objective objective) {
}
