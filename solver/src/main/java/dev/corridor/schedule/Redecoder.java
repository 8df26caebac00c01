package dev.corridor.schedule;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dev.corridor.schedule.problem.ModeOption;
import java.util.Objects;

/**
 * Re-decodes the working activity list and tells the score director about every placement that
 * changed, and only those, so the constraint streams update incrementally.
 */
final class Redecoder {

    /**
     * On a reset Timefold announces every job; one decode places them all, so decode only for a job
     * still without a placement (a fresh solution), not once per job.
     */
    void redecodeIfUnplaced(ScoreDirector<CorridorSchedule> scoreDirector, Object entity) {
        if (!(entity instanceof StageJob job) || (job.getPlacement() == null && job.getMode() != null)) {
            redecode(scoreDirector);
        }
    }

    void redecode(ScoreDirector<CorridorSchedule> scoreDirector) {
        var solution = scoreDirector.getWorkingSolution();
        var problem = solution.getProblem();
        var jobs = solution.getJobs();
        var modes = new ModeOption[problem.stageCount()];
        for (var job : jobs) {
            modes[job.getIndex()] = job.getMode();
        }
        var listed = solution.getActivityList().getOrder().stream()
                .filter(job -> job.getMode() != null)
                .mapToInt(StageJob::getIndex)
                .toArray();
        var timetable = solution.decodes().of(listed, modes).timetable();
        for (var job : jobs) {
            var placement = job.getMode() == null ? null : timetable.placement(job.getIndex());
            if (!Objects.equals(placement, job.getPlacement())) {
                scoreDirector.beforeVariableChanged(job, "placement");
                job.setPlacement(placement);
                scoreDirector.afterVariableChanged(job, "placement");
            }
        }
    }
}
