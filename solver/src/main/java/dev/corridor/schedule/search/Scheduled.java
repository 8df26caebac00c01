package dev.corridor.schedule.search;

import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.ActivityOrder;

/** A solved schedule: the plan, and the decisions to resume the search from. */
public record Scheduled(Plan plan, ActivityOrder order) {
}
