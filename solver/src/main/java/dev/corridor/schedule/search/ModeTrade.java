package dev.corridor.schedule.search;

import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import java.util.List;

/**
 * Several stages change mode at once, so that the project's stocks still cover them: one stage
 * switches to a mode that needs more of a stock and others give up what it needs, or one gives
 * some up and another spends it on a faster mode. Under tight stocks a single mode change almost
 * always overdraws them, so the search would otherwise never reach most feasible mode mixes.
 * Built by {@link ModeTrades}; Timefold runs it as a {@link TimefoldMoves.Rearrange}.
 */
record ModeTrade(List<Switch> switches) {

    /** One stage's part of the trade. */
    record Switch(StageJob job, ModeOption mode) {
    }

    ModeTrade {
        switches = List.copyOf(switches);
    }

    @Override
    public String toString() {
        return switches.stream().map(change -> change.job().getSpec().id() + " -> " + change.mode().id()).toList().toString();
    }
}
