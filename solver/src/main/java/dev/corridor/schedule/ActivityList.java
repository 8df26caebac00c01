package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The priority order in which the serial decoder places stages. The best RCPSP heuristics search
 * this space rather than start times: every order decodes to a schedule that respects precedence,
 * calendars and, where possible, capacity and budgets.
 */
@PlanningEntity
public class ActivityList {

    @PlanningId
    private String id = "activity-list";

    @PlanningListVariable(valueRangeProviderRefs = "jobs")
    private List<StageJob> order = new ArrayList<>();

    /**
     * The stages started by the data date head the list and stay there: their history is fixed, and
     * the remaining work of those in progress is placed before any stage not started.
     */
    @PlanningPinToIndex
    private int startedCount;

    public ActivityList() {
    }

    public ActivityList(List<StageJob> order) {
        this.order = new ArrayList<>(order);
        this.startedCount = (int) order.stream().filter(job -> job.getSpec().isStarted()).count();
    }

    /** How many stages at the head of the list are started, and so never moved. */
    public int getStartedCount() {
        return startedCount;
    }

    public String getId() {
        return id;
    }

    public List<StageJob> getOrder() {
        return order;
    }

    public void setOrder(List<StageJob> order) {
        this.order = order;
    }
}
