package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.ActivityOrder;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.Decodes;
import dev.corridor.schedule.problem.MakespanBound;
import dev.corridor.schedule.problem.Objective;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.SpendWeights;
import dev.corridor.schedule.score.CorridorConstraints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs Timefold Solver on a compiled problem: local search over the activity list (move a stage,
 * swap two, each within its precedence window; take up the order justification found; beyond 1,000
 * stages, bring forward a stage that ends the plan) and the modes (change one, or trade them between
 * stages under stocks, or refit them to the plan in hand), each candidate decoded by the serial
 * schedule generator with forward-backward improvement.
 */
public final class ScheduleSolver {

    /**
     * Diversified late acceptance (Namazi et al.) over a short history: it accepts sideways steps,
     * which activity-list search lives on, and worse ones only while they beat the worst of the last
     * few. Measured against plain late acceptance over 200 steps (benchmarks/RESULTS.md), it ends
     * closer to the best known on J120 at 1 s and 10 s and on the hard J30 instances.
     */
    private static final int LATE_ACCEPTANCE_SIZE = 3;

    /**
     * When the makespan is the whole score (no milestones, opening values or costs, as in PSPLIB),
     * simulated annealing from one period: a step one period longer is taken about a third of the
     * time at first and ever less often as time runs out. The makespan is a coarse measure with wide
     * plateaus; this lets the search cross the ridges between them early on and settle at the end.
     * Measured against diversified late acceptance (benchmarks/RESULTS.md), it reaches the optimum on
     * more hard J30 instances and is closer to the best known on J120 at 1 s. Elsewhere a period or
     * a unit of money has no fixed worth in score to set a temperature by (and a soft level at zero
     * temperature would refuse every sideways step that costs a little more), so those plans keep
     * diversified late acceptance.
     */
    private static final String MAKESPAN_STARTING_TEMPERATURE = "0hard/1medium/0soft";

    /**
     * How often a search of more than 1,000 stages brings forward a stage that ends the plan, against
     * 1 for each other kind of move. 0.2, 0.5 and 1 ended within a month of each other at 10,000 and
     * 100,000 stages, 1 the shortest (benchmarks/RESULTS.md). Smaller plans keep the moves their
     * measured quality rests on.
     */
    private static final double END_STAGES_WEIGHT = 1.0;

    /** How often the search takes up the justified order, against 1 for each other kind of move. */
    private static final double JUSTIFIED_ORDER_WEIGHT = 0.3;

    /**
     * How often the search refits the modes to the plan, against 1 for each other kind of move. On
     * the multi-mode sample 0.15 did as well, 0.6 and 1 worse (benchmarks/RESULTS.md, Search
     * experiments): a refit places every free stage once per mode, a few decodes' worth of work.
     */
    private static final double FITTED_MODES_WEIGHT = 0.3;

    /**
     * Moves a step-limited solve may evaluate per step allowed, on average. A step usually ends within
     * a few dozen (the first accepted move ends it), so this binds only where no move is accepted.
     */
    private static final long MOVES_PER_STEP = 1_000;

    private final ScheduleProblem problem;
    private final String solverVersion;

    public ScheduleSolver(ScheduleProblem problem) {
        this(problem, null);
    }

    /** A solver whose plans name what made them ({@code solverVersion}, e.g. "corridor 0.1.0, Timefold Solver 1.32.0"). */
    public ScheduleSolver(ScheduleProblem problem, String solverVersion) {
        this.problem = problem;
        this.solverVersion = solverVersion;
    }

    /** Schedules from the priority rule, with spend weighted by its discount factor. */
    public Plan solve(SearchLimits limits) {
        return solve(limits, problem.discountedSpend(), null).plan();
    }

    /**
     * Schedules with spend weighted as given (the period prices of cash, once known), starting
     * from {@code warmStart} if there is one.
     */
    public Scheduled solve(SearchLimits limits, SpendWeights weights, ActivityOrder warmStart) {
        return solve(limits, weights, warmStart, SearchWatch.NONE);
    }

    /** As above, watched and stoppable through {@code watch}. */
    public Scheduled solve(SearchLimits limits, SpendWeights weights, ActivityOrder warmStart, SearchWatch watch) {
        // Stopped before this search began: it takes no step, and the start plan is the answer.
        var config = config(watch.isStopped() ? limits.withStepLimit(0).withTimeLimit(null) : limits);
        SolverFactory<CorridorSchedule> factory = SolverFactory.create(config);
        SolutionManager<CorridorSchedule, HardMediumSoftLongScore> analysis = SolutionManager.create(factory);
        long started = System.nanoTime();
        var initial = warmStart == null ? InitialPlan.of(problem, weights) : InitialPlan.from(problem, weights, warmStart);
        // When the search first holds a feasible plan: Timefold announces the start plan as the first
        // best when solving starts (it is whole), so a feasible start counts from then.
        var firstFeasible = new AtomicLong(-1);
        // Where the makespan is the whole score, a plan as short as the precedence links allow is
        // optimal: the search stops when it finds one. Nothing can beat that score, so the plan kept is
        // the first found on the bound, whenever the stop takes hold. Elsewhere the score weighs more
        // than the makespan, and no bound on it is known.
        var onBound = makespanIsWholeScore() ? HardMediumSoftLongScore.of(0, -MakespanBound.of(problem), 0) : null;
        var reachedBound = new AtomicBoolean();
        var running = new AtomicReference<SolverJob<CorridorSchedule, Long>>();
        // A solver manager rather than a bare solver: its job is Timefold's public way to the counts of
        // moves evaluated. It solves on a thread of its own and hands the better plans to a consumer
        // thread, which may skip one when the next comes first (a progress line less, no plan lost).
        CorridorSchedule best;
        long moves;
        long speed;
        try (SolverManager<CorridorSchedule, Long> manager = SolverManager.create(factory)) {
            var job = manager.solveBuilder()
                    .withProblemId(0L)
                    .withProblem(initial)
                    .withBestSolutionEventConsumer(event -> {
                        var score = event.solution().getScore();
                        if (score.isFeasible()) {
                            firstFeasible.compareAndSet(-1, (System.nanoTime() - started) / 1_000_000);
                        }
                        var plan = event.solution();
                        int makespan = plan.getJobs().stream().filter(StageJob::isPlaced).mapToInt(StageJob::finish)
                                .max().orElse(0);
                        watch.improved(score.toString(), makespan, score.isFeasible());
                        if (onBound != null && score.compareTo(onBound) >= 0) {
                            reachedBound.set(true);
                            var solving = running.get();
                            if (solving != null) {
                                // Not on this thread: Timefold ends a job holding a lock that stopping
                                // needs, while it waits for this consumer to finish.
                                CompletableFuture.runAsync(solving::terminateEarly);
                            }
                        }
                    })
                    .run();
            running.set(job);
            if (reachedBound.get()) {
                // The bound was reached before the job was at hand to stop.
                job.terminateEarly();
            }
            watch.running(job::terminateEarly);
            try {
                if (watch.isStopped()) {
                    // A stop that came while the search was starting up: honour it now.
                    job.terminateEarly();
                }
                best = job.getFinalBestSolution();
            } finally {
                watch.running(null);
            }
            moves = job.getMoveEvaluationCount();
            speed = job.getMoveEvaluationSpeed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the schedule was being solved.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The schedule search failed.", e.getCause());
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        var stats = new PlanStats(limits.seed(), limits.stepLimit(),
                limits.timeLimit() == null ? null : limits.timeLimit().toMillis(), elapsedMillis, moves, speed,
                firstFeasible.get() < 0 ? null : firstFeasible.get(), solverVersion);
        return new Scheduled(PlanBuilder.build(problem, best, analysis.analyze(best, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT), stats), ActivityOrder.of(best));
    }

    /**
     * Where lists are decoded incrementally rather than justified on every move, justifying one costs
     * a full decode against an incremental one's fraction of it: the move that does so is drawn less
     * often as the list grows, so that it keeps about the share of the time it has at 1,000 stages.
     */
    private double justifiedOrderWeight() {
        return Decodes.justifiesEveryMove(problem) ? JUSTIFIED_ORDER_WEIGHT
                : JUSTIFIED_ORDER_WEIGHT * Decodes.JUSTIFY_EVERY_MOVE_UP_TO / problem.stageCount();
    }

    private LocalSearchAcceptorConfig acceptor() {
        if (makespanIsWholeScore()) {
            return new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.SIMULATED_ANNEALING))
                    .withSimulatedAnnealingStartingTemperature(MAKESPAN_STARTING_TEMPERATURE);
        }
        return new LocalSearchAcceptorConfig()
                .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE);
    }

    private boolean makespanIsWholeScore() {
        return problem.objective() == Objective.MAKESPAN && !problem.hasBaseline() && problem.stages().stream()
                .flatMap(stage -> stage.modes().stream()).allMatch(mode -> mode.costMilli() == 0);
    }

    public SolverConfig config(SearchLimits limits) {
        var termination = new TerminationConfig();
        if (limits.timeLimit() != null) {
            // Timefold takes whole milliseconds.
            termination.setSpentLimit(Duration.ofMillis(Math.max(1, limits.timeLimit().toMillis())));
        }
        if (limits.stepLimit() != null) {
            termination.setStepCountLimit(limits.stepLimit());
            // A step ends at its first accepted move. Where the acceptor takes none (a small plan whose
            // every neighbour is worse than the late scores), a step would evaluate moves for ever: a
            // budget of moves, counted rather than timed, keeps a step-limited solve finite and
            // deterministic. Searches that accept as they go never come near it.
            termination.setMoveCountLimit(MOVES_PER_STEP * limits.stepLimit());
        }
        // No best-score limit for the stop at the precedence bound (see solve): Timefold would take
        // the score's progress towards it as the search's progress, and simulated annealing would cool
        // by that instead of by the time or steps spent (J30 at 1 s: 469 of 480 at the optimum
        // against 478 without; benchmarks/RESULTS.md).
        // Raw, as UnionMoveSelectorConfig takes it.
        @SuppressWarnings("rawtypes")
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ListChangeMoveSelectorConfig().withFilterClass(TimefoldMoves.ChangeInWindow.class)
                .withFixedProbabilityWeight(1.0));
        moves.add(new ListSwapMoveSelectorConfig().withFilterClass(TimefoldMoves.SwapInWindow.class)
                .withFixedProbabilityWeight(1.0));
        if (problem.stages().stream().anyMatch(stage -> stage.modes().size() > 1)) {
            // Under stocks a lone mode change nearly always overdraws them; a trade is a lone change
            // whenever the stocks allow one, and settles them when they do not.
            // Where the makespan is the whole score and every list is justified, the decoder can judge a
            // trade as the score would, and the best of several is offered.
            moves.add((problem.stocks().isEmpty()
                    ? new ChangeMoveSelectorConfig()
                    : new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(
                            makespanIsWholeScore() && Decodes.justifiesEveryMove(problem)
                                    ? TimefoldMoves.TradeModesJudged.class : TimefoldMoves.TradeModes.class))
                    .withFixedProbabilityWeight(1.0));
        }
        if (!problem.stocks().isEmpty() && problem.stages().stream().anyMatch(stage -> stage.modes().size() > 1)) {
            // Measured only under stocks (PSPLIB multi-mode), where the trades alone miss good mode mixes.
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TimefoldMoves.RefitModes.class)
                    .withFixedProbabilityWeight(FITTED_MODES_WEIGHT));
        }
        // One move in about ten takes up the justified order: more often and it crowds out the
        // moves that explore (benchmarks/RESULTS.md, Search experiments).
        moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TimefoldMoves.TakeJustifiedOrders.class)
                .withFixedProbabilityWeight(justifiedOrderWeight()));
        if (!Decodes.justifiesEveryMove(problem)) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TimefoldMoves.PullEndStagesForward.class)
                    .withFixedProbabilityWeight(END_STAGES_WEIGHT));
        }
        var localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(acceptor())
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        return new SolverConfig()
                .withSolutionClass(CorridorSchedule.class)
                .withEntityClasses(StageJob.class, ActivityList.class)
                .withConstraintProviderClass(CorridorConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(limits.seed())
                .withTerminationConfig(termination)
                // A preview feature in 1.32: on by name, so an upgrade that changes it fails loudly here.
                .withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE)
                .withPhases(localSearch);
    }
}
