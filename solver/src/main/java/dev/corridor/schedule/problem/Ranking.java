package dev.corridor.schedule.problem;

import dev.corridor.model.plan.Plan;
import java.util.HashMap;
import java.util.Map;

/**
 * The one ranking of plans: feasibility, then money short, then the objective, then cost. The decoder
 * ranks its two timetables by it, the start picks its modes by it and the joint rounds keep their
 * best plan by it, so the three can never disagree on what the objective is.
 */
public final class Ranking {

    private final ScheduleProblem problem;
    private final Map<String, StageSpec> byId = new HashMap<>();

    public Ranking(ScheduleProblem problem) {
        this.problem = problem;
        problem.stages().forEach(stage -> byId.put(stage.id(), stage));
    }

    /**
     * A decoded schedule: each stage's finish (negative for a stage not placed), how many placements the
     * decoder had to force past a capacity or cap, and the modes. It breaks the rules by the stock its
     * modes overdraw (no timing can mend that), then by the placements forced.
     */
    public Standing of(int[] finish, int makespan, int forced, ModeOption[] modes) {
        long overdrawn = 0;
        for (var stock : problem.stocks()) {
            long used = 0;
            for (var mode : modes) {
                used += mode.consumption(stock.index());
            }
            overdrawn += Math.max(0, used - stock.capacity());
        }
        long late = 0;
        double milestones = 0;
        for (var stage : problem.stages()) {
            int at = finish[stage.index()];
            if (at < 0) {
                continue;
            }
            late += Math.max(0, at - problem.horizon());
            if (stage.hasDeadline()) {
                late += Math.max(0, at - stage.deadline());
            }
            milestones += stage.milestoneWeightMilli() * (double) at;
        }
        long broken = overdrawn * (problem.stageCount() + 1L) + forced;
        return new Standing(broken, late, 0, problem.hasMilestones() ? milestones : makespan, 0);
    }

    /** A financed plan: the hard rules it breaks (by its hard penalties), its shortfall, its objective and cost. */
    public Standing of(Plan plan) {
        long broken = plan.constraints().stream().filter(c -> c.level().equals("hard")).mapToLong(c -> c.penalty()).sum();
        long moneyShort = plan.finance() == null ? 0 : plan.finance().totalGap().thousandths();
        double cost = plan.value() == null ? 0
                : plan.value().spend().thousandths() + (double) plan.value().financing().thousandths();
        double objective;
        if (problem.objective() == Objective.NET_PRESENT_VALUE && plan.value() != null) {
            objective = -plan.value().netPresentValue().thousandths();
        } else if (problem.hasMilestones()) {
            objective = 0;
            for (var stage : plan.stages()) {
                var spec = byId.get(stage.id());
                objective += spec == null ? 0 : spec.milestoneWeightMilli() * (double) stage.finish();
            }
        } else {
            objective = plan.makespan();
        }
        return new Standing(broken, 0, moneyShort, objective, cost);
    }
}
