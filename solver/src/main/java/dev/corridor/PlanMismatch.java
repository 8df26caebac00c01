package dev.corridor;

import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.PlannedSpend;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.HashSet;

/**
 * Whether a plan file belongs to a dataset: the same stages, modes it has, and the spend its costs
 * give. Checked before a command combines the two (finance, explain, export).
 */
public final class PlanMismatch {

    private PlanMismatch() {
    }

    /** Why the plan was not made from this dataset (other stages, modes or costs), or null when it was. */
    public static String of(Project project, Plan plan) {
        var planned = new HashSet<String>();
        plan.stages().forEach(stage -> planned.add(stage.id()));
        var missing = project.stages().stream().map(s -> s.id()).filter(id -> !planned.contains(id)).toList();
        if (!missing.isEmpty() || planned.size() != project.stages().size()) {
            return "$.stages: the plan's stages do not match the dataset's (the plan is for \"" + plan.dataset()
                    + "\"" + (missing.isEmpty() ? "" : "; it lacks " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))))
                    + "). Solve the dataset first, or give the dataset the plan was made from.";
        }
        // Financing reuses the plan's spend; it must still be what the dataset's modes cost.
        var expected = PlannedSpend.of(ScheduleProblem.of(project), plan);
        if (expected == null) {
            return "$.stages: the plan uses a mode the dataset does not have. Solve the dataset again.";
        }
        // Money is exact, so the plan's spend is the dataset's to the thousandth or the costs have changed.
        for (int t = 0; t < Math.max(expected.size(), plan.spend().size()); t++) {
            var want = t < expected.size() ? expected.get(t) : Money.ZERO;
            var have = t < plan.spend().size() ? plan.spend().get(t) : Money.ZERO;
            if (!want.equals(have)) {
                return "$.spend[" + t + "]: the plan spends " + have + " in period " + t + " but the dataset's modes "
                        + "cost " + want + " there: the costs changed since the plan was made. Solve the dataset again.";
            }
        }
        return null;
    }
}
