package dev.corridor.schedule;

/**
 * The project's end and what the objective measures, as a fact the constraints can read.
 *
 * @param period every stage must finish by this period
 * @param milestones true when the objective is weighted milestone completion, not the makespan
 */
public record Horizon(int period, boolean milestones) {
}
