package dev.corridor.schedule;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.Objects;

/**
 * Re-decodes the working activity list and tells the score director about every placement that
 * changed, and only those, so the constraint streams update incrementally.
 */
final class Redecoder {

    private JustifiedDecoder generator;
    private ScheduleProblem generatorProblem;
    /**
     * The decode before the latest one. Timefold evaluates a move by doing and then undoing it; the
     * undo brings back the previous list and modes, whose timetable is then reused, not recomputed.
     */
    private Decoded previous;
    private Decoded latest;

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
        if (generatorProblem != problem) {
            generator = new JustifiedDecoder(problem);
            generatorProblem = problem;
            previous = null;
            latest = null;
        }
        var jobs = solution.getJobs();
        var modes = new ModeOption[problem.stageCount()];
        for (var job : jobs) {
            modes[job.getIndex()] = job.getMode();
        }
        var listed = solution.getActivityList().getOrder().stream()
                .filter(job -> job.getMode() != null)
                .mapToInt(StageJob::getIndex)
                .toArray();
        var timetable = timetable(listed, modes);
        for (var job : jobs) {
            var placement = job.getMode() == null ? null : timetable.placement(job.getIndex());
            if (!Objects.equals(placement, job.getPlacement())) {
                scoreDirector.beforeVariableChanged(job, "placement");
                job.setPlacement(placement);
                scoreDirector.afterVariableChanged(job, "placement");
            }
        }
    }

    private Timetable timetable(int[] order, ModeOption[] modes) {
        Decoded decoded;
        if (previous != null && previous.isFor(order, modes)) {
            decoded = previous;
        } else if (latest != null && latest.isFor(order, modes)) {
            return latest.timetable();
        } else {
            decoded = new Decoded(order, modes, generator.decode(order, modes));
        }
        previous = latest;
        latest = decoded;
        return decoded.timetable();
    }

    /** A timetable with the list and modes it was decoded from. */
    private record Decoded(int[] order, ModeOption[] modes, Timetable timetable) {

        boolean isFor(int[] otherOrder, ModeOption[] otherModes) {
            return java.util.Arrays.equals(order, otherOrder) && java.util.Arrays.equals(modes, otherModes);
        }
    }
}
