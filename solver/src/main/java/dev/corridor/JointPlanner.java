package dev.corridor;

import dev.corridor.finance.Financier;
import dev.corridor.finance.Valuer;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.FinanceComparison;
import dev.corridor.model.plan.Outcome;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.schedule.ActivityOrder;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.Ranking;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.search.ScheduleSolver;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Schedules and finances together. First the usual way: schedule, then finance the schedule. Then
 * in rounds: the financing LP's price of cash in each period becomes part of the cost of spending
 * there, the scheduler re-solves from the best plan so far, and the new plan is financed again. The
 * best plan by its true, LP-financed value is kept; the rounds stop after two in a row bring no
 * improvement, or when the rounds asked for are done.
 */
final class JointPlanner {

    /** The share of the period prices the first round adds to the cost of spend. */
    static final double INITIAL_STEP = 0.5;

    private final Project project;
    private final ScheduleProblem problem;
    private final ScheduleSolver solver;
    private final Ranking ranking;
    /** Where the first search starts: a baseline's order and modes, or null for the priority rule. */
    private final ActivityOrder start;

    JointPlanner(Project project) {
        this(project, null);
    }

    /** A planner that re-plans against {@code baseline} (see {@link Planner#replan}); null for none. */
    JointPlanner(Project project, Plan baseline) {
        this.project = project;
        var compiled = ScheduleProblem.of(project);
        this.problem = baseline == null ? compiled : compiled.withBaseline(placements(project, baseline));
        this.solver = new ScheduleSolver(problem, BuildInfo.label());
        this.ranking = new Ranking(problem);
        this.start = baseline == null ? null : order(project, baseline);
    }

    /** Where the baseline puts each stage, refused where it is not a plan of this project. */
    private static Map<String, Placement> placements(Project project, Plan baseline) {
        var byId = new HashMap<String, Placement>();
        for (var stage : baseline.stages()) {
            byId.put(stage.id(), new Placement(stage.start(), stage.finish()));
        }
        for (var stage : project.stages()) {
            var planned = baseline.stages().stream().filter(s -> s.id().equals(stage.id())).findFirst();
            if (planned.isEmpty()) {
                throw new IllegalArgumentException("The baseline has no stage \"" + stage.id() + "\"; give a plan of "
                        + "this dataset.");
            }
            if (stage.modes().stream().noneMatch(m -> m.id().equals(planned.get().mode()))) {
                throw new IllegalArgumentException("The baseline runs stage \"" + stage.id() + "\" in mode \""
                        + planned.get().mode() + "\", which the dataset does not have; give a plan of this dataset.");
            }
        }
        return byId;
    }

    /** The baseline's decisions: its stages in the order they start, and their modes. */
    private static ActivityOrder order(Project project, Plan baseline) {
        var planned = new HashMap<String, StagePlan>();
        baseline.stages().forEach(stage -> planned.put(stage.id(), stage));
        var index = new HashMap<String, Integer>();
        project.stages().forEach(stage -> index.put(stage.id(), index.size()));
        var ids = project.stages().stream().map(Stage::id)
                .sorted(Comparator.comparingInt((String id) -> planned.get(id).start())
                        .thenComparingInt(id -> planned.get(id).finish()).thenComparingInt(index::get))
                .toList();
        var modes = project.stages().stream().map(stage -> planned.get(stage.id()).mode()).toList();
        return new ActivityOrder(ids, modes);
    }

    ScheduleProblem problem() {
        return problem;
    }

    Plan solve(SolveOptions options) {
        return solve(options, SolveControl.none());
    }

    /** As {@link #solve(SolveOptions)}, watched and stoppable: a stop skips the rounds not yet begun. */
    Plan solve(SolveOptions options, SolveControl control) {
        if (project.tranches().isEmpty()) {
            return solver.solve(options.limits(), problem.discountedSpend(), start, control.watch(0, 0)).plan();
        }
        int rounds = options.financeRounds();
        long started = System.nanoTime();
        var firstOptions = share(options, rounds == 0 ? 1 : 2);
        var first = solver.solve(firstOptions.limits(), problem.discountedSpend(), start, control.watch(0, rounds));
        var base = financed(first.plan());
        // What a solve costs beyond its search: building the start, the first full scoring, the score
        // analysis, the LP. Seconds at 10,000 stages; a round left less time than that would only overrun.
        var overhead = firstOptions.timeLimit() == null ? Duration.ZERO
                : Duration.ofNanos(System.nanoTime() - started).minus(firstOptions.timeLimit());
        var best = base;
        long moves = first.plan().stats().moveEvaluations();
        var bestOrder = first.order();
        // Dual prices are marginal: followed in full they overshoot, so each round takes a step of the
        // prices and halves the step after a round that brings no improvement.
        double step = INITIAL_STEP;
        int failures = 0;
        int done = 0;
        for (int round = 0; round < rounds && failures < 2 && !control.isStopped(); round++) {
            var weights = pricedSpend(best, step);
            var remaining = options.timeLimit() == null ? null
                    : options.timeLimit().minus(Duration.ofNanos(System.nanoTime() - started));
            if (remaining != null && remaining.compareTo(overhead) < 0) {
                break;
            }
            var roundOptions = remaining == null ? options
                    : options.withTimeLimit(positive(remaining.dividedBy(rounds - round)));
            var candidate = solver.solve(roundOptions.limits(), weights, bestOrder, control.watch(round + 1, rounds));
            var financed = financed(candidate.plan());
            moves += candidate.plan().stats().moveEvaluations();
            done++;
            if (ranking.of(financed).isBetterThan(ranking.of(best))) {
                best = financed;
                bestOrder = candidate.order();
                failures = 0;
            } else {
                step /= 2;
                failures++;
            }
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        var stats = best.stats();
        var total = new PlanStats(options.seed(), options.stepLimit(),
                options.timeLimit() == null ? null : options.timeLimit().toMillis(), elapsed, moves,
                elapsed == 0 ? 0 : moves * 1000 / elapsed, first.plan().stats().firstFeasibleMillis(), stats.solverVersion());
        return best.toBuilder().comparison(new FinanceComparison(outcome(base), outcome(best), done)).stats(total).build();
    }

    /**
     * The plan with its financing and value. A comparison it carried from an earlier financing no
     * longer describes it, so it is dropped.
     */
    Plan financed(Plan plan) {
        var finance = Financier.finance(project, plan.spend());
        return plan.toBuilder().comparison(null).finance(finance, Valuer.value(project, plan, finance)).build();
    }

    /** Each period's discount factor plus a step of the plan's price of cash there. */
    private SpendWeights pricedSpend(Plan plan, double step) {
        var weights = problem.discountFactors();
        for (var price : plan.finance().prices()) {
            if (price.period() < weights.length) {
                weights[price.period()] += step * price.value();
            }
        }
        return new SpendWeights(weights);
    }

    /** A part of the time limit; the step limit, if any, applies to every solve alike. */
    private static SolveOptions share(SolveOptions options, int parts) {
        if (options.timeLimit() == null) {
            return options;
        }
        return options.withTimeLimit(positive(options.timeLimit().dividedBy(parts)));
    }

    private static Duration positive(Duration duration) {
        return Duration.ofMillis(Math.max(1, duration.toMillis()));
    }

    private static Outcome outcome(Plan plan) {
        return new Outcome(plan.makespan(), plan.finishDate(), plan.feasible(), plan.finance().cost(),
                plan.finance().totalGap(), plan.value());
    }
}
