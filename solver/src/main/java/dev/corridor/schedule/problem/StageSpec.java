package dev.corridor.schedule.problem;

import dev.corridor.model.CorridorSystem;
import java.util.List;

/**
 * A stage compiled for the scheduler: its index, calendar, time window and modes.
 *
 * @param release earliest start, 0 when the dataset gives none; for a stage in progress, the earliest
 *                its remaining work may resume (the data date)
 * @param deadline latest finish, or -1 when the dataset gives none
 * @param milestoneWeightMilli weight of its finish in the objective (thousandths), 0 if no milestone
 * @param progress what of it is history at the data date; null for a stage not started
 * @param baseline where a baseline plan put it, to move it least from there; null without one
 */
public record StageSpec(int index, String id, CorridorSystem system, WorkCalendar calendar, int release, int deadline,
        List<ModeOption> modes, long milestoneWeightMilli, StageProgress progress, Placement baseline) {

    /** A stage without a baseline. */
    public StageSpec(int index, String id, CorridorSystem system, WorkCalendar calendar, int release, int deadline,
            List<ModeOption> modes, long milestoneWeightMilli, StageProgress progress) {
        this(index, id, system, calendar, release, deadline, modes, milestoneWeightMilli, progress, null);
    }

    /** This stage with the place a baseline plan gave it. */
    public StageSpec withBaseline(Placement placement) {
        return new StageSpec(index, id, system, calendar, release, deadline, modes, milestoneWeightMilli, progress,
                placement);
    }

    /**
     * By how many periods a start moves the stage from its baseline: what the re-plan minimises last,
     * among otherwise equal plans. 0 for a stage without a baseline or started (its start is history).
     */
    public int movedFromBaseline(int start) {
        return baseline == null || progress != null ? 0 : Math.abs(start - baseline.start());
    }

    /** A stage not started. */
    public StageSpec(int index, String id, CorridorSystem system, WorkCalendar calendar, int release, int deadline,
            List<ModeOption> modes, long milestoneWeightMilli) {
        this(index, id, system, calendar, release, deadline, modes, milestoneWeightMilli, null);
    }

    public boolean hasDeadline() {
        return deadline >= 0;
    }

    /** Whether it has started by the data date, so that its start and mode are history. */
    public boolean isStarted() {
        return progress != null;
    }

    /**
     * The periods it works when placed at {@code placement} in a mode of {@code duration} worked
     * periods: from its start by its calendar, or, for a started stage, its history and then its
     * remaining work from the placement's resume. The one answer every part of the scheduler uses.
     */
    public int[] workedPeriods(Placement placement, int duration) {
        return progress == null ? calendar.workedPeriods(placement.start(), duration)
                : progress.workedPeriods(calendar, placement.resume());
    }
}
