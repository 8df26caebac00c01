package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Several stages change mode at once, so that the project's stocks still cover them: one stage
 * switches to a mode that needs more of a stock and others give up what it needs, or one gives
 * some up and another spends it on a faster mode. Under tight stocks a single mode change almost
 * always overdraws them, so the search would otherwise never reach most feasible mode mixes.
 */
final class ModeTrade extends AbstractSimplifiedMove<CorridorSchedule> {

    /** One stage's part of the trade. */
    record Switch(StageJob job, ModeOption mode) {
    }

    private final List<Switch> switches;

    ModeTrade(List<Switch> switches) {
        this.switches = List.copyOf(switches);
    }

    List<Switch> switches() {
        return switches;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<CorridorSchedule> scoreDirector) {
        return switches.stream().anyMatch(change -> change.job().getMode() != change.mode());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<CorridorSchedule> scoreDirector) {
        for (var change : switches) {
            scoreDirector.beforeVariableChanged(change.job(), "mode");
            change.job().setMode(change.mode());
            scoreDirector.afterVariableChanged(change.job(), "mode");
        }
    }

    @Override
    public ModeTrade rebase(ScoreDirector<CorridorSchedule> destination) {
        var rebased = new ArrayList<Switch>(switches.size());
        for (var change : switches) {
            rebased.add(new Switch(destination.lookUpWorkingObject(change.job()), change.mode()));
        }
        return new ModeTrade(rebased);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return switches.stream().map(Switch::job).toList();
    }

    @Override
    public Collection<?> getPlanningValues() {
        return switches.stream().map(Switch::mode).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ModeTrade(StageJob.mode)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModeTrade trade && switches.equals(trade.switches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(switches);
    }

    @Override
    public String toString() {
        return switches.stream().map(change -> change.job().getSpec().id() + " -> " + change.mode().id()).toList().toString();
    }
}
