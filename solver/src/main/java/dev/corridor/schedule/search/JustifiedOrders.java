package dev.corridor.schedule.search;

import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import java.util.ArrayList;

/**
 * The {@link TakeJustifiedOrder} for the list as it stands: there is one per plan, read off the
 * decode the listener made of it. It changes nothing when justification would keep the list as it is.
 */
final class JustifiedOrders {

    private JustifiedOrders() {
    }

    /** The move for this plan. */
    static TakeJustifiedOrder of(CorridorSchedule plan) {
        var problem = plan.getProblem();
        var byIndex = new StageJob[problem.stageCount()];
        var modes = new ModeOption[problem.stageCount()];
        for (var job : plan.getJobs()) {
            byIndex[job.getIndex()] = job;
            modes[job.getIndex()] = job.getMode();
        }
        var listed = plan.getActivityList().getOrder();
        var order = listed.stream().mapToInt(StageJob::getIndex).toArray();
        var kept = new ArrayList<StageJob>(order.length);
        // Where every list is justified, the listener decoded this very plan a moment ago: its decode serves.
        for (int stage : plan.decodes().justifiedOrder(order, modes)) {
            kept.add(byIndex[stage]);
        }
        // Stages that start together may come back in any order; the list moves need precedence order,
        // and the started stages stay pinned at the head.
        var list = plan.getActivityList();
        var taken = new ArrayList<>(list.getOrder().subList(0, list.getStartedCount()));
        InitialPlan.inPrecedenceOrder(problem, kept).stream().filter(job -> !job.getSpec().isStarted())
                .forEach(taken::add);
        return new TakeJustifiedOrder(list, taken);
    }
}
