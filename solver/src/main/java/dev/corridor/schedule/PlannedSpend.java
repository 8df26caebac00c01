package dev.corridor.schedule;

import dev.corridor.model.Money;
import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.StageSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** What a plan spends per period according to a dataset: its stages' modes and costs, at the plan's starts. */
public final class PlannedSpend {

    private PlannedSpend() {
    }

    /** Spend per period from period 0 to the plan's makespan, or null if a stage or mode is not in the dataset. */
    public static List<Money> of(ScheduleProblem problem, Plan plan) {
        var byId = new HashMap<String, StageSpec>();
        problem.stages().forEach(stage -> byId.put(stage.id(), stage));
        var milli = new long[Math.max(0, plan.makespan())];
        for (var stagePlan : plan.stages()) {
            var spec = byId.get(stagePlan.id());
            var mode = spec == null ? null
                    : spec.modes().stream().filter(m -> m.id().equals(stagePlan.mode())).findFirst().orElse(null);
            if (mode == null) {
                return null;
            }
            int resume = stagePlan.resume() == null ? stagePlan.start() : stagePlan.resume();
            for (var spend : new StageJob(spec, mode, stagePlan.start(), resume).spending()) {
                if (spend.period() < milli.length) {
                    milli[spend.period()] += spend.milli();
                }
            }
        }
        var spend = new ArrayList<Money>();
        for (long m : milli) {
            spend.add(Money.ofThousandths(m));
        }
        return spend;
    }
}
