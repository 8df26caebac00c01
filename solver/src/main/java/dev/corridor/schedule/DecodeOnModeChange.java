package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.variable.VariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/** Re-decodes the schedule when a move switches a stage to another mode. */
@SuppressWarnings("deprecation")
public class DecodeOnModeChange implements VariableListener<CorridorSchedule, StageJob> {

    private final Redecoder redecoder = new Redecoder();

    @Override
    public void beforeVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        // The decode needs the mode as it is after the change.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        redecoder.redecode(scoreDirector);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        // Jobs are fixed for a solve.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        redecoder.redecodeIfUnplaced(scoreDirector, job);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        // Jobs are fixed for a solve.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        // Jobs are fixed for a solve.
    }
}
