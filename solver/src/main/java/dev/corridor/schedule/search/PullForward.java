package dev.corridor.schedule.search;

import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.StageJob;
import java.util.List;

/**
 * One of the stages that end the plan, brought forward: moved earlier in the activity list, inside
 * its precedence window, so that it takes crews and budget before the stages that held it; or
 * switched to a faster mode. Built by {@link EndStages}; Timefold runs it as a
 * {@link TimefoldMoves.Rearrange}.
 *
 * @param list the activity list, with {@code order} its new order; both null for a mode switch
 * @param switches the mode switch, or none
 */
record PullForward(ActivityList list, List<StageJob> order, List<ModeTrade.Switch> switches) {

    PullForward {
        order = order == null ? null : List.copyOf(order);
        switches = List.copyOf(switches);
    }
}
