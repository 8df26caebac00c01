package dev.corridor.model;

/**
 * A stage whose finish matters in itself. When a dataset names milestones, the scheduler minimises
 * the weighted sum of their finish periods instead of the makespan.
 */
public record Milestone(String id, String name, String stage, double weight) {
}
