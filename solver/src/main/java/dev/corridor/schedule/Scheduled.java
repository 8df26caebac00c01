package dev.corridor.schedule;

import dev.corridor.model.plan.Plan;

/** A solved schedule: the plan, and the decisions to resume the search from. */
public record Scheduled(Plan plan, ActivityOrder order) {
}
