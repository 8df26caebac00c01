package dev.corridor.schedule.problem;

import dev.corridor.model.CorridorSystem;
import java.util.List;

/**
 * A stage compiled for the scheduler: its index, calendar, time window and modes.
 *
 * @param release earliest start, 0 when the dataset gives none
 * @param deadline latest finish, or -1 when the dataset gives none
 * @param milestoneWeightMilli weight of its finish in the objective (thousandths), 0 if no milestone
 */
public record StageSpec(int index, String id, CorridorSystem system, WorkCalendar calendar, int release, int deadline,
        List<ModeOption> modes, long milestoneWeightMilli) {

    public boolean hasDeadline() {
        return deadline >= 0;
    }
}
