package dev.corridor.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
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

    public ActivityList() {
    }

    public ActivityList(List<StageJob> order) {
        this.order = new ArrayList<>(order);
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
