package dev.corridor.schedule.problem;

import dev.corridor.model.plan.StageStatus;
import java.util.Arrays;

/**
 * A started stage compiled for the scheduler: what of it is history at the data date. A finished
 * stage is all history; one in progress has worked every open period of its calendar from its start
 * to the data date and has {@code remaining} worked periods still to do, from a period the schedule
 * chooses (its resume) on.
 *
 * @param history the periods it has worked, in order
 * @param finish the period after its last worked one, for a finished stage; -1 while it runs
 * @param remaining the worked periods still to do (0 once finished)
 */
public record StageProgress(StageStatus status, int start, int finish, int[] history, int remaining) {

    public boolean isComplete() {
        return status == StageStatus.COMPLETE;
    }

    /** Every worked period: the history, then {@code remaining} periods of {@code calendar} from {@code resume}. */
    int[] workedPeriods(WorkCalendar calendar, int resume) {
        if (remaining == 0) {
            return history.clone();
        }
        var rest = calendar.workedPeriods(resume, remaining);
        var all = Arrays.copyOf(history, history.length + rest.length);
        System.arraycopy(rest, 0, all, history.length, rest.length);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageProgress p && status == p.status && start == p.start && finish == p.finish
                && remaining == p.remaining && Arrays.equals(history, p.history);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status.hashCode() + start) + Arrays.hashCode(history) + remaining;
    }

    @Override
    public String toString() {
        return status + " from " + start + (finish >= 0 ? " to " + finish : ", " + remaining + " to go");
    }
}
