package dev.corridor;

import dev.corridor.explain.Explainer;
import dev.corridor.finance.JointPlanner;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;

/**
 * The library's entry point: a project in, a plan out.
 *
 * <pre>{@code
 * Project project = ProjectJson.read(Path.of("datasets/bering-strait.json"));
 * Plan plan = Planner.solve(project, SolveOptions.timeLimit(Duration.ofSeconds(10)));
 * System.out.println(plan.makespan());
 * }</pre>
 */
public final class Planner {

    private Planner() {
    }

    /** Plans with the default options: 30 seconds, seed 42. */
    public static Plan solve(Project project) {
        return solve(project, SolveOptions.defaults());
    }

    /**
     * Plans the project. Without tranches: the best schedule. With tranches: the schedule is
     * financed at least cost, then re-solved with the period prices of cash until that stops paying
     * (see {@link SolveOptions#financeRounds()}); the plan carries its financing, its net present
     * value and the comparison with scheduling first and financing after. The plan is feasible when
     * every hard constraint holds and the money covers every period.
     */
    public static Plan solve(Project project, SolveOptions options) {
        return solve(project, options, SolveControl.none());
    }

    /**
     * Plans the project as {@link #solve(Project, SolveOptions)} does, telling {@code control}'s
     * listener of each better plan; {@link SolveControl#stop()} ends the search early and still
     * gives a whole plan, the best found so far.
     */
    public static Plan solve(Project project, SolveOptions options, SolveControl control) {
        var planner = new JointPlanner(project);
        return Explainer.explain(planner.problem(), planner.solve(options, control));
    }

    /** Finances an existing plan again, without rescheduling: for new tranches or terms. */
    public static Plan finance(Project project, Plan plan) {
        return new JointPlanner(project).financed(plan);
    }
}
