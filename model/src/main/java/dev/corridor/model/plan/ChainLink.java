package dev.corridor.model.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One stage of the critical chain and what holds it where it is.
 *
 * @param stage the stage's id
 * @param heldBy what keeps it from starting a period earlier
 * @param after the stage the chain continues back to (the predecessor, or the stage holding the
 *              resource); null where the chain begins
 * @param resource the resource that binds, for {@link Hold#RESOURCE}
 * @param calendar the calendar that binds, for {@link Hold#SEASON}
 * @param period the period where the resource or budget binds, or where the season closes
 * @param detail the same in one sentence, for a planner
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainLink(String stage, String name, int start, int finish, Hold heldBy, String after, String resource,
        String calendar, Integer period, String detail) {
}
