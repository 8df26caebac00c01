package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import java.util.Collection;
import java.util.List;

/**
 * Replaces the activity list by the order that forward-backward improvement found for it. The
 * decoder justifies every list it is given, but the list itself stays as it was: the moves after
 * it would change an order that decodes to the improved plan only by way of justification. Taken
 * up, the list decodes to that plan directly, and the moves work on the plan the search holds (as
 * genetic algorithms for the RCPSP write the improved schedule back into the individual).
 */
final class TakeJustifiedOrder extends AbstractSimplifiedMove<CorridorSchedule> {

    private final ActivityList list;
    private final List<StageJob> order;

    TakeJustifiedOrder(ActivityList list, List<StageJob> order) {
        this.list = list;
        this.order = List.copyOf(order);
    }

    List<StageJob> order() {
        return order;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<CorridorSchedule> scoreDirector) {
        return !list.getOrder().equals(order);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<CorridorSchedule> scoreDirector) {
        var current = list.getOrder();
        scoreDirector.beforeListVariableChanged(list, "order", 0, current.size());
        current.clear();
        current.addAll(order);
        scoreDirector.afterListVariableChanged(list, "order", 0, current.size());
    }

    @Override
    public TakeJustifiedOrder rebase(ScoreDirector<CorridorSchedule> destination) {
        return new TakeJustifiedOrder(destination.lookUpWorkingObject(list),
                order.stream().map(destination::lookUpWorkingObject).toList());
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(list);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return order;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "TakeJustifiedOrder(ActivityList.order)";
    }

    @Override
    public String toString() {
        return "take justified order " + order.stream().map(job -> job.getSpec().id()).toList();
    }
}
