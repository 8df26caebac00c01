package dev.corridor;

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

    public static Plan solve(Project project, SolveOptions options) {
        return new ScheduleSolver(ScheduleProblem.of(project)).solve(options);
    }
}
