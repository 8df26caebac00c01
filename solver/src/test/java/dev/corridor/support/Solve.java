package dev.corridor.support;

import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;

/**
 * How tests plan a project: through the library's facade, and then through the independent checker,
 * so no plan a test makes escapes it. The plan may be infeasible where a test wants that; its
 * figures must still be true and its verdict the checker's.
 */
public final class Solve {

    private Solve() {
    }

    public static Plan checked(Project project, SolveOptions options) {
        var plan = Planner.solve(project, options);
        Checked.assertTruthful(project, plan);
        return plan;
    }
}
