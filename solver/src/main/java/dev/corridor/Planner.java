package dev.corridor;

import dev.corridor.explain.Explainer;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.risk.LocalScenarios;
import dev.corridor.risk.RiskAnalysis;
import dev.corridor.risk.RiskWatch;
import dev.corridor.risk.ScenarioPlanner;
import dev.corridor.schedule.problem.ScheduleProblem;

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

    /**
     * Re-plans the project against {@code baseline}, an earlier plan of it (as a monthly update
     * does after recording progress): the search starts from the baseline's order and modes and,
     * among plans otherwise equal, moves the stages not started least from their baseline starts.
     * The plan records each stage's baseline start and finish.
     *
     * @throws IllegalArgumentException if the baseline lacks a stage of the project or runs one in a
     *                                  mode it does not have
     */
    public static Plan replan(Project project, Plan baseline, SolveOptions options, SolveControl control) {
        var planner = new JointPlanner(project, baseline);
        return Explainer.explain(planner.problem(), planner.solve(options, control));
    }

    /**
     * Monte Carlo over {@code plan} (the fixed policy: its order and modes replayed in each scenario
     * drawn from the dataset's ranges and risks); the same seed gives the same report on any number of
     * threads.
     *
     * @throws IllegalArgumentException if the plan is not of this dataset
     */
    public static RiskReport risk(Project project, Plan plan, int iterations, long seed, int threads) {
        return risk(project, plan, RiskOptions.fixed(iterations, seed, threads), RiskWatch.NONE);
    }

    /**
     * Monte Carlo over {@code plan} as {@code options} say. Under the replan policy each scenario is
     * re-solved from the plan for {@link RiskOptions#replanSteps()} steps (seeded by the run's seed
     * and the scenario's number, so the report is as deterministic as the fixed policy's) and
     * financed once; the report holds the same scenarios replayed under the fixed policy beside it.
     * {@code watch} hears the progress and may stop the run, which then reports the scenarios done.
     *
     * @throws IllegalArgumentException if the plan is not of this dataset, or its correlations are not
     *                                  a correlation matrix
     */
    public static RiskReport risk(Project project, Plan plan, RiskOptions options, RiskWatch watch) {
        return new RiskAnalysis(project, plan, scenarioPlanner(options.replanSteps()), options.financeStep()).run(
                options.iterations(), options.seed(), options.threads(), options.policy(), options.untilStable(), watch);
    }

    /**
     * Monte Carlo over {@code job}'s plan on {@code engine} (a cluster; null for this machine's
     * threads). Every engine gives the report this machine would.
     */
    public static RiskReport risk(RiskJob job, RiskOptions options, RiskEngine engine, RiskWatch watch) {
        var analysis = job.analysis();
        var scenarios = engine == null ? new LocalScenarios(analysis, options.threads()) : engine.scenarios(job);
        return analysis.run(scenarios, options.iterations(), options.seed(), options.policy(), options.untilStable(), watch);
    }

    /**
     * How the replan policy re-plans a scenario: {@code steps} local-search steps from the plan, seeded.
     * Only the schedule is wanted (the analysis finances the scenario itself), and with no finance
     * rounds the search is the one it would be with the tranches: so they are left out, and with them
     * a financing the analysis would only throw away.
     */
    static ScenarioPlanner scenarioPlanner(int steps) {
        return (scenario, from, seed) -> new JointPlanner(scenario.withFunding(java.util.List.of(), scenario.finance()), from)
                .solve(SolveOptions.stepLimit(steps).withSeed(seed).withFinanceRounds(0), SolveControl.none());
    }

    /** Finances an existing plan again, without rescheduling: for new tranches or terms. */
    public static Plan finance(Project project, Plan plan) {
        return new JointPlanner(project).financed(plan);
    }

    /**
     * Why {@code plan} (as read from {@code planJson}) cannot be financed again with {@code project}'s
     * tranches, or null when it can: its stages, modes or spend are not the dataset's, or its schedule
     * reports figures its stages do not give (see {@link StalePlan}).
     */
    public static String whyNotRefinance(Project project, Plan plan, String planSource, String planJson) {
        var mismatch = PlanMismatch.of(project, plan);
        return mismatch != null ? mismatch : StalePlan.refusal(project, plan, planSource, planJson);
    }

    /** Works out again why the plan ends when it does, its stages' slack and its calendars, from its dataset. */
    public static Plan explain(Project project, Plan plan) {
        return Explainer.explain(ScheduleProblem.of(project), plan);
    }
}
