package dev.corridor.schedule;

import java.util.List;

/**
 * The decisions behind a schedule, to start another search from: the activity list (stage ids in
 * priority order) and each stage's mode id, in stage order.
 */
public record ActivityOrder(List<String> stages, List<String> modes) {

    public ActivityOrder {
        stages = List.copyOf(stages);
        modes = List.copyOf(modes);
    }

    public static ActivityOrder of(CorridorSchedule solution) {
        var jobs = solution.getJobs().stream().sorted(java.util.Comparator.comparingInt(StageJob::getIndex)).toList();
        return new ActivityOrder(
                solution.getActivityList().getOrder().stream().map(job -> job.getSpec().id()).toList(),
                jobs.stream().map(job -> job.getMode().id()).toList());
    }
}
