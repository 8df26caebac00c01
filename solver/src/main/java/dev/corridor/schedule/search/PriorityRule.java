package dev.corridor.schedule.search;

import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.decode.Timetable;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;

/**
 * The classic baseline a search must beat: one pass of the serial schedule generator over the
 * latest-finish-time priority order, with no search and no justification.
 */
public final class PriorityRule {

    private PriorityRule() {
    }

    /** The schedule the LFT rule gives, with the start's choice of modes. */
    public static Timetable latestFinishTime(ScheduleProblem problem) {
        var start = InitialPlan.of(problem, problem.discountedSpend());
        var order = start.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        var modes = start.getJobs().stream().map(StageJob::getMode).toArray(ModeOption[]::new);
        return new SerialScheduleGenerator(problem).decode(order, modes);
    }
}
