package dev.corridor;

import dev.corridor.finance.Financier;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.ScheduleProblem;
import dev.corridor.schedule.ScheduleSolver;

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
     * Schedules the project, then finances the schedule's spend from its tranches (if it has any).
     * The plan is feasible when every hard constraint holds and the money covers every period.
     */
    public static Plan solve(Project project, SolveOptions options) {
        var plan = new ScheduleSolver(ScheduleProblem.of(project)).solve(options);
        return finance(project, plan);
    }

    /** Finances an existing plan again, without rescheduling: for new tranches or terms. */
    public static Plan finance(Project project, Plan plan) {
        var finance = Financier.finance(project, plan.spend());
        return plan.withFinance(finance);
    }
}
