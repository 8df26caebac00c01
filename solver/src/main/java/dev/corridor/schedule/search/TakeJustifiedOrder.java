package dev.corridor.schedule.search;

import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.StageJob;
import java.util.List;

/**
 * Replaces the activity list by the order that forward-backward improvement found for it. The
 * decoder justifies every list it is given, but the list itself stays as it was: the moves after
 * it would change an order that decodes to the improved plan only by way of justification. Taken
 * up, the list decodes to that plan directly, and the moves work on the plan the search holds (as
 * genetic algorithms for the RCPSP write the improved schedule back into the individual). Built by
 * {@link JustifiedOrders}; Timefold runs it as a {@link TimefoldMoves.Rearrange}.
 */
record TakeJustifiedOrder(ActivityList list, List<StageJob> order) {

    TakeJustifiedOrder {
        order = List.copyOf(order);
    }

    @Override
    public String toString() {
        return "take justified order " + order.stream().map(job -> job.getSpec().id()).toList();
    }
}
