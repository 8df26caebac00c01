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
 * @param status where it stands at the data date; null in a plan without one
 * @param resume for a stage in progress, the first period of its remaining work (on or after the
 *               data date; it worked every open period of its calendar from its start to the data date)
 * @param baselineStart where the baseline plan started it, for a plan made against one; else null
 * @param baselineFinish where the baseline plan finished it (its finish variance is finish less this)
 */
public record StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
        LocalDate startDate, LocalDate finishDate, Money cost,
        @JsonInclude(JsonInclude.Include.NON_NULL) String calendar,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer slack,
        @JsonInclude(JsonInclude.Include.NON_NULL) StageStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer resume,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer baselineStart,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer baselineFinish) {

    /** A stage of a plan made without a baseline. */
    public StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
            LocalDate startDate, LocalDate finishDate, Money cost, String calendar, Integer slack, StageStatus status,
            Integer resume) {
        this(id, name, system, mode, start, finish, startDate, finishDate, cost, calendar, slack, status, resume,
                null, null);
    }

    /** A stage of a plan without a data date. */
    public StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
            LocalDate startDate, LocalDate finishDate, Money cost, String calendar, Integer slack) {
        this(id, name, system, mode, start, finish, startDate, finishDate, cost, calendar, slack, null, null, null, null);
    }

    /** A stage placed without a calendar, its slack not worked out. */
    public StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
            LocalDate startDate, LocalDate finishDate, Money cost) {
        this(id, name, system, mode, start, finish, startDate, finishDate, cost, null, null, null, null, null, null);
    }

    public StagePlan withSlack(Integer newSlack) {
        return new StagePlan(id, name, system, mode, start, finish, startDate, finishDate, cost, calendar, newSlack,
                status, resume, baselineStart, baselineFinish);
    }
}
