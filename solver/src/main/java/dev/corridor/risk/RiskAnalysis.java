package dev.corridor.risk;

import dev.corridor.finance.Valuer;
import dev.corridor.model.Calendar;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Distribution;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Monte Carlo over a plan. In each iteration every stage not started takes a duration and a cost
 * drawn from its mode's ranges, each risk occurs with its probability and adds its delay and cost to
 * the stages it names (and may withdraw tranches), and each varying calendar's seasons open late
 * and close early by their own draws. Then, under the fixed policy, the plan's order and modes are
 * replayed through the serial schedule generator, so crews, seasons and budget caps hold in every
 * scenario. A stage starts no earlier than the plan has it (the plan's dates are a commitment a
 * scenario can only delay: with nothing drawn, the replay is the plan), and as much later as its
 * predecessors, crews, season and caps push it. Under the replan policy the scenario is re-solved
 * from the plan first and that plan replayed; the same scenario's fixed replay is kept beside it,
 * and the difference is the value of flexibility. With tranches each scenario's spend is financed
 * at least cost by the LP and valued.
 *
 * <p>The draws are a Latin hypercube: dimension 3·s, 3·s+1 the duration and cost of stage s, then
 * three per risk (does it occur, its delay, its cost), then two per cycle of each calendar whose
 * seasons vary ({@link SeasonVariation}). The durations of correlated stages are rank-correlated by
 * Iman–Conover ({@link RankCorrelation}). Every iteration depends on the seed, the number of
 * iterations and its own number alone, so any number of threads gives the same report. Run until
 * stable, the iterations come in batches of {@link #BATCH}, each its own hypercube.
 */
public final class RiskAnalysis {

    /** Iterations per batch when running until stable. */
    public static final int BATCH = 100;
    /** Stable: adding the last batch moved each P80 (finish, cost, net value) by at most this share of it. */
    public static final double STABLE = 0.005;

    private final Project project;
    private final Plan plan;
    private final ScenarioPlanner replanner;
    private final Distribution distribution;
    /** The plan's order: its stages by start, then finish, then the dataset's order. */
    private final int[] order;
    private final List<Mode> modes;
    /** Each stage's start in the plan, by dataset index. */
    private final int[] plannedStart;
    /** Each stage's dataset index, by id. */
    private final Map<String, Integer> index = new HashMap<>();
    /** The first hypercube dimension of each calendar's season draws, by calendar index; -1 when it does not vary. */
    private final int[] seasonBase;
    /** Periods per step of each scenario's financing. */
    private final int financeStep;
    /** Hypercubes kept at once: the batch running, and a few more for engines that interleave. */
    private static final int CUBES_KEPT = 4;
    /** Each batch's hypercube, made once however many threads ask for it. */
    private final Map<String, LatinHypercube> cubes = new java.util.concurrent.ConcurrentHashMap<>();

    /** By quarter for monthly datasets, as project finance models run; period by period otherwise. */
    public static int defaultFinanceStep(Project project) {
        return project.periodUnit() == dev.corridor.model.PeriodUnit.MONTH ? 3 : 1;
    }

    /** The fixed policy, each scenario financed period by period. */
    public RiskAnalysis(Project project, Plan plan) {
        this(project, plan, null, 1);
    }

    /**
     * @param replanner re-plans a scenario for the replan policy; null for the fixed policy only
     * @param financeStep periods per step of each scenario's financing LP (1: period by period, exact;
     *                    see {@link SteppedFinancing}); 0 for the default, {@link #defaultFinanceStep}
     * @throws IllegalArgumentException if the plan is not of this dataset
     */
    public RiskAnalysis(Project project, Plan plan, ScenarioPlanner replanner, int financeStep) {
        if (financeStep < 0) {
            throw new IllegalArgumentException("The finance step must not be negative, not " + financeStep + ".");
        }
        this.project = project;
        this.plan = plan;
        this.replanner = replanner;
        this.financeStep = financeStep == 0 ? defaultFinanceStep(project) : financeStep;
        this.distribution = project.risk() == null ? Distribution.TRIANGULAR : project.risk().distribution();
        var planned = new HashMap<String, StagePlan>();
        plan.stages().forEach(stage -> planned.put(stage.id(), stage));
        var stages = project.stages();
        for (int s = 0; s < stages.size(); s++) {
            index.put(stages.get(s).id(), s);
            if (!planned.containsKey(stages.get(s).id())) {
                throw new IllegalArgumentException("The plan has no stage \"" + stages.get(s).id()
                        + "\"; give a plan of this dataset.");
            }
        }
        this.modes = modesOf(plan);
        this.plannedStart = stages.stream().mapToInt(stage -> planned.get(stage.id()).start()).toArray();
        this.order = orderOf(plan);
        this.seasonBase = new int[project.calendars().size()];
        int next = 3 * stages.size() + 3 * project.risks().size();
        for (int k = 0; k < seasonBase.length; k++) {
            var calendar = project.calendars().get(k);
            seasonBase[k] = SeasonVariation.varies(calendar) ? next : -1;
            if (seasonBase[k] >= 0) {
                next += SeasonVariation.DIMENSIONS_PER_CYCLE * SeasonVariation.draws(calendar, project.horizon());
            }
        }
    }

    /** Each stage's mode in {@code plan}, by dataset index. */
    private List<Mode> modesOf(Plan of) {
        var byId = new HashMap<String, String>();
        of.stages().forEach(stage -> byId.put(stage.id(), stage.mode()));
        var chosen = new ArrayList<Mode>();
        for (var stage : project.stages()) {
            var mode = byId.get(stage.id());
            chosen.add(stage.modes().stream().filter(m -> m.id().equals(mode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The plan runs stage \"" + stage.id() + "\" in mode \""
                            + mode + "\", which the dataset does not have; give a plan of this dataset.")));
        }
        return chosen;
    }

    /** The stages of {@code plan} by start, then finish, then the dataset's order. */
    private int[] orderOf(Plan of) {
        var start = new int[project.stages().size()];
        var finish = new int[start.length];
        for (var stage : of.stages()) {
            int s = index.get(stage.id());
            start[s] = stage.start();
            finish[s] = stage.finish();
        }
        return IntStream.range(0, start.length).boxed()
                .sorted(Comparator.comparingInt((Integer s) -> start[s]).thenComparingInt(s -> finish[s])
                        .thenComparingInt(s -> s))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Runs {@code iterations} scenarios under the fixed policy on {@code threads} threads. */
    public RiskReport run(int iterations, long seed, int threads) {
        return run(iterations, seed, threads, RiskPolicy.FIXED, false, RiskWatch.NONE);
    }

    /** Runs the scenarios on {@code threads} threads of this machine; see {@link #run(ScenarioEngine, int, long, RiskPolicy, boolean, RiskWatch)}. */
    public RiskReport run(int iterations, long seed, int threads, RiskPolicy policy, boolean untilStable, RiskWatch watch) {
        return run(new LocalScenarios(this, threads), iterations, seed, policy, untilStable, watch);
    }

    /**
     * Runs up to {@code iterations} scenarios on {@code engine}; until stable, in batches of
     * {@link #BATCH} that stop once the last batch moved no P80 by more than {@link #STABLE} of it.
     * Any engine gives the same report: each scenario is {@link #scenario} of its batch and number.
     *
     * @throws IllegalArgumentException if the correlations are not a correlation matrix, or the replan
     *                                  policy is asked without a re-planner
     */
    public RiskReport run(ScenarioEngine engine, int iterations, long seed, RiskPolicy policy, boolean untilStable,
            RiskWatch watch) {
        if (iterations < 1) {
            throw new IllegalArgumentException("At least one iteration, not " + iterations + ".");
        }
        if (policy == RiskPolicy.REPLAN && replanner == null) {
            throw new IllegalArgumentException("The replan policy needs a re-planner.");
        }
        // Contradictory correlations are refused here, on the caller's thread, rather than in a scenario.
        cube(new ScenarioBatch(seed, iterations, untilStable, policy, 0));
        var outcomes = new ArrayList<Outcome>();
        var fixed = policy == RiskPolicy.REPLAN ? new ArrayList<Outcome>() : null;
        boolean stopped = false;
        int batches = untilStable ? (iterations + BATCH - 1) / BATCH : 1;
        for (int number = 0; number < batches && !stopped; number++) {
            var batch = new ScenarioBatch(seed, iterations, untilStable, policy, number);
            var results = engine.run(batch, watch);
            for (var result : results) {
                if (result == null) {
                    stopped = true;
                    continue;
                }
                outcomes.add(result[0]);
                if (fixed != null) {
                    fixed.add(result[1]);
                }
            }
            if (untilStable && number > 0 && !stopped
                    && stable(outcomes, outcomes.subList(0, outcomes.size() - batch.size()))) {
                stopped = outcomes.size() < iterations;
                break;
            }
        }
        if (outcomes.isEmpty()) {
            throw new IllegalStateException("Stopped before any scenario was done.");
        }
        boolean[] ranged = new boolean[modes.size()];
        for (int s = 0; s < ranged.length; s++) {
            ranged[s] = project.stages().get(s).actual() == null && modes.get(s).durationRange() != null
                    && modes.get(s).durationRange().low() < modes.get(s).durationRange().high();
        }
        return new RiskSummary(project, ranged).report(outcomes, fixed, seed, policy,
                project.tranches().isEmpty() ? 1 : financeStep, stopped);
    }

    /**
     * Scenario {@code index} of {@code batch}: its outcome, and under the replan policy the fixed
     * replay of the same draws beside it. Depends on the batch and the index alone, so it may run on
     * any thread or machine; safe to call from many threads at once.
     */
    public Outcome[] scenario(ScenarioBatch batch, int index) {
        var draw = draw(cube(batch), index);
        var fixed = replay(draw, order, modes, plannedStart);
        if (batch.policy() == RiskPolicy.REPLAN) {
            long seed = LatinHypercube.stream(batch.seed(), -2, batch.offset() + index).nextLong();
            return new Outcome[] {replanned(draw, seed), fixed};
        }
        return new Outcome[] {fixed};
    }

    private LatinHypercube cube(ScenarioBatch batch) {
        // A cube is its seed and size; runs before this batch's are of no more use (until stable, a
        // run may have thousands of batches), so only the last few are kept.
        var key = batch.cubeSeed() + "/" + batch.size();
        var cube = cubes.get(key);
        if (cube != null) {
            return cube;
        }
        if (cubes.size() >= CUBES_KEPT) {
            cubes.clear();
        }
        return cubes.computeIfAbsent(key, k -> {
            var made = new LatinHypercube(batch.cubeSeed(), batch.size());
            correlate(made);
            return made;
        });
    }

    /** A batch's seed: from the run's seed and the batch's number alone. */
    static long batchSeed(long seed, int batch) {
        return LatinHypercube.stream(seed, Integer.MIN_VALUE, batch).nextLong();
    }

    private boolean stable(List<Outcome> all, List<Outcome> before) {
        boolean financed = !project.tranches().isEmpty();
        return close(all, before, Outcome::finish) && close(all, before, Outcome::cost)
                && (!financed || close(all, before, Outcome::npv));
    }

    private static boolean close(List<Outcome> all, List<Outcome> before, java.util.function.ToDoubleFunction<Outcome> value) {
        double now = dev.corridor.model.risk.Percentiles.of(all.stream().mapToDouble(value).toArray()).p80();
        double then = dev.corridor.model.risk.Percentiles.of(before.stream().mapToDouble(value).toArray()).p80();
        return Math.abs(now - then) <= STABLE * Math.max(Math.abs(now), 1e-9);
    }

    /**
     * The target rank correlation of the correlated stages' duration dimensions: 1 on the diagonal,
     * each group's coefficient between its stages (a pair in two groups takes the later group's).
     */
    private void correlate(LatinHypercube cube) {
        var correlated = new java.util.TreeSet<Integer>();
        for (var correlation : project.correlations()) {
            correlation.stages().forEach(id -> correlated.add(index.get(id)));
        }
        if (correlated.size() < 2) {
            return;
        }
        var stages = correlated.stream().mapToInt(Integer::intValue).toArray();
        var position = new HashMap<Integer, Integer>();
        for (int j = 0; j < stages.length; j++) {
            position.put(stages[j], j);
        }
        var target = new double[stages.length][stages.length];
        for (int j = 0; j < stages.length; j++) {
            target[j][j] = 1;
        }
        for (var correlation : project.correlations()) {
            for (var a : correlation.stages()) {
                for (var b : correlation.stages()) {
                    int i = position.get(index.get(a));
                    int j = position.get(index.get(b));
                    if (i != j) {
                        target[i][j] = correlation.coefficient();
                    }
                }
            }
        }
        cube.correlate(Arrays.stream(stages).map(s -> 3 * s).toArray(), target);
    }

    /** What iteration {@code iteration} of the cube draws. */
    private ScenarioDraw draw(LatinHypercube cube, int iteration) {
        var stages = project.stages();
        int n = stages.size();
        var fixed = new boolean[n];
        var durationPoint = new double[n];
        var costPoint = new double[n];
        for (int s = 0; s < n; s++) {
            fixed[s] = stages.get(s).actual() != null;
            if (!fixed[s]) {
                durationPoint[s] = cube.u(3 * s, iteration);
                costPoint[s] = cube.u(3 * s + 1, iteration);
            }
        }
        var extraDelay = new int[n];
        var extraCost = new long[n];
        var occurred = new boolean[project.risks().size()];
        int base = 3 * n;
        var withdrawn = new HashMap<String, Integer>();
        for (int r = 0; r < project.risks().size(); r++) {
            var risk = project.risks().get(r);
            if (cube.u(base + 3 * r, iteration) >= risk.probability()) {
                continue;
            }
            occurred[r] = true;
            var delay = risk.delay();
            var cost = risk.cost();
            int extra = (int) Math.round(RangeSampler.at(distribution, delay.low(), delay.mostLikely(), delay.high(),
                    cube.u(base + 3 * r + 1, iteration)));
            long more = Math.round(RangeSampler.at(distribution, cost.low().thousandths(), cost.mostLikely().thousandths(),
                    cost.high().thousandths(), cube.u(base + 3 * r + 2, iteration)));
            for (var id : risk.stages()) {
                int s = index.get(id);
                if (!fixed[s]) {
                    extraDelay[s] += extra;
                    extraCost[s] += more;
                }
            }
            if (risk.withdraw() != null) {
                risk.withdraw().tranches().forEach(t -> withdrawn.merge(t, risk.withdraw().from(), Math::min));
            }
        }
        var calendars = new ArrayList<Calendar>();
        for (int k = 0; k < project.calendars().size(); k++) {
            var calendar = project.calendars().get(k);
            int first = seasonBase[k];
            calendars.add(first < 0 ? calendar : SeasonVariation.drawn(calendar, project.horizon(), project.dataDate(),
                    distribution, d -> cube.u(first + d, iteration)));
        }
        return new ScenarioDraw(distribution, fixed, durationPoint, costPoint, extraDelay, extraCost, occurred, withdrawn,
                calendars);
    }

    /**
     * The scenario re-solved from the plan: every mode as drawn, each stage free to start from its
     * own release (not the plan's start), then replayed as the fixed policy replays the plan, which
     * gives the re-solved plan's own schedule and finances and values it the same way.
     */
    private Outcome replanned(ScenarioDraw draw, long seed) {
        var stages = new ArrayList<Stage>();
        for (int s = 0; s < project.stages().size(); s++) {
            var stage = project.stages().get(s);
            var drawn = new ArrayList<Mode>();
            for (var mode : stage.modes()) {
                drawn.add(new Mode(mode.id(), draw.duration(s, mode), Money.ofThousandths(draw.cost(s, mode)), mode.demand()));
            }
            stages.add(new Stage(stage.id(), stage.name(), stage.system(), stage.calendar(), stage.release(),
                    stage.deadline(), drawn, stage.predecessors(), stage.actual()));
        }
        var replan = replanner.plan(scenarioProject(draw, stages), plan, seed);
        var starts = new int[stages.size()];
        replan.stages().forEach(stage -> starts[index.get(stage.id())] = stage.start());
        return replay(draw, orderOf(replan), modesOf(replan), starts);
    }

    /** The scenario with {@code order}, {@code modes} and {@code starts} (each stage's earliest) replayed. */
    private Outcome replay(ScenarioDraw draw, int[] order, List<Mode> modes, int[] starts) {
        var stages = project.stages();
        int n = stages.size();
        var durations = new int[n];
        var drawnStages = new ArrayList<Stage>();
        double cost = 0;
        for (int s = 0; s < n; s++) {
            var stage = stages.get(s);
            var mode = modes.get(s);
            durations[s] = draw.duration(s, mode);
            long milli = draw.cost(s, mode);
            cost += milli / (double) Money.PER_UNIT;
            var drawn = new Mode(mode.id(), durations[s], Money.ofThousandths(milli), mode.demand());
            // The start given is kept as the earliest the stage starts: a scenario delays, never advances, it.
            Integer release = stage.actual() != null ? stage.release() : Integer.valueOf(starts[s]);
            // A started stage's one mode is the one it started in, which the plan keeps: its actual stands.
            drawnStages.add(new Stage(stage.id(), stage.name(), stage.system(), stage.calendar(), release,
                    stage.deadline(), List.of(drawn), stage.predecessors(), stage.actual()));
        }
        var scenario = scenarioProject(draw, drawnStages);
        // Crews, seasons and caps hold, as the plan was made to; the money is judged by financing each
        // scenario. Waiting for tranches would make the finish jump with whether a scenario's draws
        // leave the tranches enough to pay for the work at all (the windows' guard), and the replan
        // policy's search, which leaves the tranches out, would not have waited.
        var problem = ScheduleProblem.withoutFundingWindows(scenario);
        var chosen = new ModeOption[n];
        for (int s = 0; s < n; s++) {
            chosen[s] = problem.stage(s).modes().get(0);
        }
        var timetable = new SerialScheduleGenerator(problem).decode(order, chosen);
        int finish = timetable.makespan();
        var systemFinish = new int[CorridorSystem.values().length];
        for (int s = 0; s < n; s++) {
            var system = stages.get(s).system().ordinal();
            systemFinish[system] = Math.max(systemFinish[system], timetable.finish()[s]);
        }
        var spend = spend(problem, timetable, chosen, finish);
        var spent = new double[spend.size()];
        long sum = 0;
        for (int t = 0; t < spent.length; t++) {
            sum += spend.get(t).thousandths();
            spent[t] = sum / (double) Money.PER_UNIT;
        }
        double npv = Double.NaN;
        var shortByYear = new TreeMap<Integer, Double>();
        if (!project.tranches().isEmpty()) {
            var finance = SteppedFinancing.finance(scenario, spend, financeStep);
            var opens = new EnumMap<CorridorSystem, Integer>(CorridorSystem.class);
            for (var system : CorridorSystem.values()) {
                if (systemFinish[system.ordinal()] > 0) {
                    opens.put(system, systemFinish[system.ordinal()]);
                }
            }
            npv = Valuer.value(scenario, opens, spend, finance).netPresentValue().toDouble();
            for (var gap : finance.gap()) {
                if (project.startDate() != null) {
                    shortByYear.merge(project.dateOf(gap.period() * financeStep).getYear(), gap.amount().toDouble(),
                            Double::sum);
                }
            }
        }
        return new Outcome(finish, systemFinish, cost, durations, critical(problem, timetable.start(), timetable.finish(),
                chosen, finish), npv, shortByYear, spent, draw.occurred(), draw.durationPoint());
    }

    /** What the scenario spends in each period up to its finish, each stage's cost spread over its worked periods. */
    private static List<Money> spend(ScheduleProblem problem, dev.corridor.schedule.decode.Timetable timetable,
            ModeOption[] modes, int finish) {
        var milli = new long[Math.max(1, finish)];
        for (int s = 0; s < modes.length; s++) {
            var placement = timetable.placement(s);
            if (placement == null) {
                continue;
            }
            var mode = modes[s];
            var worked = problem.stage(s).workedPeriods(placement, mode.duration());
            for (int k = 0; k < worked.length; k++) {
                milli[worked[k]] += Money.spendInWorkedPeriod(mode.costMilli(), mode.duration(), k);
            }
        }
        var spend = new ArrayList<Money>(milli.length);
        for (long m : milli) {
            spend.add(Money.ofThousandths(m));
        }
        return spend;
    }

    /**
     * The project as this scenario has it: {@code stages} as drawn, the scenario's calendars, and
     * the tranches a risk withdrew closed from the period it withdrew them.
     */
    private Project scenarioProject(ScenarioDraw draw, List<Stage> stages) {
        var withdrawn = draw.withdrawn();
        var tranches = project.tranches().stream().map(t -> {
            Integer gone = withdrawn.get(t.id());
            if (gone == null || gone >= t.to()) {
                return t;
            }
            int to = Math.max(t.from(), gone);
            return new dev.corridor.model.Tranche(t.id(), t.party(), t.kind(), t.amount(), t.from(), to, t.rate(),
                    t.upfrontFee(), t.commitmentFee());
        }).toList();
        // A party whose tranches a risk withdraws owes no minimum share any more (talks that collapse void
        // the Russian 35 %, as in the talks-collapse dataset): kept, it could make the financing impossible.
        var finance = project.finance();
        var gone = project.tranches().stream().filter(t -> withdrawn.containsKey(t.id())).map(t -> t.party())
                .collect(java.util.stream.Collectors.toSet());
        if (!gone.isEmpty()) {
            var shares = new HashMap<>(finance.partyShare());
            gone.forEach(party -> shares.computeIfPresent(party,
                    (p, bounds) -> new dev.corridor.model.ShareBounds(0, bounds.max())));
            finance = new dev.corridor.model.Finance(finance.discountRate(), finance.minReserve(), shares,
                    finance.openingValue());
        }
        // A long scenario may run past the horizon: the replay places every stage however late.
        return project.withStages(stages).withCalendars(draw.calendars()).withFunding(tranches, finance);
    }

    /**
     * The stages on a critical chain: those that finish last, and back from each, what holds it where
     * it starts. A predecessor whose link is tight (the stage starts, or finishes, exactly where the
     * link allows) holds it. A stage that starts later than its links, its release and its season
     * allow waits for a crew or for money: then the stages that free a crew it needs as it starts
     * hold it, or, where none shares a crew with it, those that end as it starts (a budget cap's
     * window, as P6's "driving resource" chains go through the activity that frees the resource).
     * A stage that starts at its release is held by that date and ends the chain.
     */
    private static boolean[] critical(ScheduleProblem problem, int[] start, int[] finish, ModeOption[] modes, int end) {
        int n = start.length;
        var critical = new boolean[n];
        var pending = new ArrayList<Integer>();
        for (int s = 0; s < n; s++) {
            if (finish[s] == end) {
                critical[s] = true;
                pending.add(s);
            }
        }
        int resources = problem.resources().size();
        while (!pending.isEmpty()) {
            int s = pending.remove(pending.size() - 1);
            var stage = problem.stage(s);
            var calendar = stage.calendar();
            int earliest = stage.release();
            for (int l : problem.predecessorLinks(s)) {
                if (!problem.binds(l)) {
                    continue;
                }
                var link = problem.link(l);
                int p = link.predecessor();
                int bound = link.earliestStart(start[p], finish[p], calendar, modes[s].duration());
                earliest = Math.max(earliest, bound);
                if (!critical[p] && calendar.nextOpen(bound) == start[s]) {
                    critical[p] = true;
                    pending.add(p);
                }
            }
            if (stage.progress() != null || calendar.nextOpen(earliest) >= start[s]) {
                continue;
            }
            // Held by a crew or by money: the stages that end as it starts.
            var freeing = new ArrayList<Integer>();
            var sharing = new ArrayList<Integer>();
            for (int p = 0; p < n; p++) {
                if (p == s || finish[p] > start[s] || calendar.nextOpen(finish[p]) != start[s]) {
                    continue;
                }
                freeing.add(p);
                for (int r = 0; r < resources; r++) {
                    if (modes[p].demand(r) > 0 && modes[s].demand(r) > 0) {
                        sharing.add(p);
                        break;
                    }
                }
            }
            for (int p : sharing.isEmpty() ? freeing : sharing) {
                if (!critical[p]) {
                    critical[p] = true;
                    pending.add(p);
                }
            }
        }
        return critical;
    }
}
