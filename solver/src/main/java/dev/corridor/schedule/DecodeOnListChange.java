package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/**
 * Re-decodes the schedule when a move reorders the activity list. The entity type is Object: on a
 * reset Timefold hands this listener the shadow side (stage jobs), on a move the list owner.
 */
@SuppressWarnings("deprecation")
public class DecodeOnListChange implements ListVariableListener<CorridorSchedule, Object, StageJob> {

    private final Redecoder redecoder = new Redecoder();

    @Override
    public void afterListVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, Object list,
            int fromIndex, int toIndex) {
        redecoder.redecode(scoreDirector);
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<CorridorSchedule> scoreDirector, StageJob job) {
        if (job.getPlacement() != null) {
            scoreDirector.beforeVariableChanged(job, "placement");
            job.setPlacement(null);
            scoreDirector.afterVariableChanged(job, "placement");
        }
    }

    @Override
    public void beforeListVariableChanged(ScoreDirector<CorridorSchedule> scoreDirector, Object list,
            int fromIndex, int toIndex) {
        // The decode needs the list as it is after the change.
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
        // Nothing to decode before the list exists.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
        redecoder.redecodeIfUnplaced(scoreDirector, list);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
        // The single activity list is never removed.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<CorridorSchedule> scoreDirector, Object list) {
        // The single activity list is never removed.
    }
}
