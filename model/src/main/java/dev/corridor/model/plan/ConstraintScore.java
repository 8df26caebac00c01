package dev.corridor.model.plan;

/** What one constraint costs the plan, and at which level. */
public record ConstraintScore(String name, String level, long penalty, int matches) {
}
