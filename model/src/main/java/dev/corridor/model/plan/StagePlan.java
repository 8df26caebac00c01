package dev.corridor.model.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Money;
import java.time.LocalDate;

/**
 * One stage in a plan: its mode, first worked period and the period after its last.
 *
 * @param calendar the calendar it works by (it pauses through closed periods); null if it has none
 * @param slack its free slack: by how many periods it can start later, everything else staying where
 *              it is, without breaking a constraint or delaying the end; null when not worked out
 */
public record StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
        LocalDate startDate, LocalDate finishDate, Money cost,
        @JsonInclude(JsonInclude.Include.NON_NULL) String calendar,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer slack) {

    /** A stage placed without a calendar, its slack not worked out. */
    public StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
            LocalDate startDate, LocalDate finishDate, Money cost) {
        this(id, name, system, mode, start, finish, startDate, finishDate, cost, null, null);
    }

    public StagePlan withSlack(Integer newSlack) {
        return new StagePlan(id, name, system, mode, start, finish, startDate, finishDate, cost, calendar, newSlack);
    }
}
