package dev.corridor.risk;

import dev.corridor.finance.Financier;
import dev.corridor.finance.Valuer;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Distribution;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.risk.FundingRisk;
import dev.corridor.model.risk.Percentiles;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.model.risk.SystemRisk;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Monte Carlo over a plan, the fixed policy: in each iteration every stage not started takes a
 * duration and a cost drawn from its mode's ranges, each risk occurs with its probability and adds
 * its delay and cost to the stages it names, and the plan's order and modes are replayed through the
 * serial schedule generator, so crews, seasons and budget caps hold in every scenario. A stage starts
 * no earlier than the plan has it (the plan's dates are a commitment a scenario can only delay: with
 * nothing drawn otherwise, the replay is the plan), and as much later as its predecessors, crews,
 * season and caps push it. The draws are
 * a Latin hypercube: dimension 3·s, 3·s+1 the duration and cost of stage s, then three per risk (does
 * it occur, its delay, its cost). Every iteration depends on the seed and its number alone, so any
 * number of threads gives the same report.
 */
public final class RiskAnalysis {

    private final Project project;
    private final Plan plan;
    private final Distribution distribution;
    /** The plan's order: its stages by start, then finish, then the dataset's order. */
    private final int[] order;
    private final List<Mode> modes;
    /** Each stage's start in the plan, by dataset index. */
    private final int[] plannedStart;
    /** Each stage's dataset index, by id. */
    private final java.util.Map<String, Integer> index = new HashMap<>();

    public RiskAnalysis(Project project, Plan plan) {
        this.project = project;
        this.plan = plan;
        this.distribution = project.risk() == null ? Distribution.TRIANGULAR : project.risk().distribution();
        var planned = new HashMap<String, StagePlan>();
        plan.stages().forEach(stage -> planned.put(stage.id(), stage));
        var stages = project.stages();
        this.modes = new ArrayList<>();
        for (var stage : stages) {
            var at = planned.get(stage.id());
            if (at == null) {
                throw new IllegalArgumentException("The plan has no stage \"" + stage.id() + "\"; give a plan of this dataset.");
            }
            modes.add(stage.modes().stream().filter(m -> m.id().equals(at.mode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The plan runs stage \"" + stage.id() + "\" in mode \""
                            + at.mode() + "\", which the dataset does not have; give a plan of this dataset.")));
        }
        this.plannedStart = stages.stream().mapToInt(stage -> planned.get(stage.id()).start()).toArray();
        for (int s = 0; s < stages.size(); s++) {
            index.put(stages.get(s).id(), s);
        }
        this.order = java.util.stream.IntStream.range(0, stages.size()).boxed()
                .sorted(Comparator.comparingInt((Integer s) -> planned.get(stages.get(s).id()).start())
                        .thenComparingInt(s -> planned.get(stages.get(s).id()).finish()).thenComparingInt(s -> s))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * One scenario's outcome.
     *
     * @param npv its net present value, financed at least cost; NaN without tranches
     * @param shortByYear money short in each calendar year, by year; empty without tranches
     */
    private record Outcome(int finish, int[] systemFinish, double cost, int[] durations, boolean[] critical,
            double npv, java.util.Map<Integer, Double> shortByYear) {
    }

    /** Runs {@code iterations} scenarios on {@code threads} threads. */
    public RiskReport run(int iterations, long seed, int threads) {
        var cube = new LatinHypercube(seed, iterations);
        var outcomes = new Outcome[iterations];
        int workers = Math.max(1, threads);
        var pool = Executors.newFixedThreadPool(workers);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int w = 0; w < workers; w++) {
                final int first = w;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < iterations; i += workers) {
                        try {
                            outcomes[i] = scenario(cube, i);
                        } catch (RuntimeException e) {
                            // Named, so that the scenario can be run again alone.
                            throw new IllegalStateException("Scenario " + i + " of " + iterations + " (seed " + seed
                                    + ") failed: " + e.getMessage(), e);
                        }
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the risk analysis.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return report(outcomes, seed);
    }

    private Outcome scenario(LatinHypercube cube, int iteration) {
        var stages = project.stages();
        int n = stages.size();
        var durations = new int[n];
        var costs = new long[n];
        for (int s = 0; s < n; s++) {
            var mode = modes.get(s);
            durations[s] = mode.duration();
            costs[s] = mode.cost().thousandths();
            if (stages.get(s).actual() != null) {
                continue;
            }
            if (mode.durationRange() != null) {
                var range = mode.durationRange();
                durations[s] = (int) Math.round(RangeSampler.at(distribution, range.low(), range.mostLikely(), range.high(),
                        cube.u(3 * s, iteration)));
            }
            if (mode.costRange() != null) {
                var range = mode.costRange();
                costs[s] = Math.round(RangeSampler.at(distribution, range.low().thousandths(),
                        range.mostLikely().thousandths(), range.high().thousandths(), cube.u(3 * s + 1, iteration)));
            }
        }
        int base = 3 * n;
        var withdrawn = new HashMap<String, Integer>();
        for (int r = 0; r < project.risks().size(); r++) {
            var risk = project.risks().get(r);
            if (cube.u(base + 3 * r, iteration) >= risk.probability()) {
                continue;
            }
            var delay = risk.delay();
            var cost = risk.cost();
            int extra = (int) Math.round(RangeSampler.at(distribution, delay.low(), delay.mostLikely(), delay.high(),
                    cube.u(base + 3 * r + 1, iteration)));
            long more = Math.round(RangeSampler.at(distribution, cost.low().thousandths(), cost.mostLikely().thousandths(),
                    cost.high().thousandths(), cube.u(base + 3 * r + 2, iteration)));
            for (var id : risk.stages()) {
                int s = index.get(id);
                if (stages.get(s).actual() == null) {
                    durations[s] += extra;
                    costs[s] += more;
                }
            }
            if (risk.withdraw() != null) {
                risk.withdraw().tranches().forEach(t -> withdrawn.merge(t, risk.withdraw().from(), Math::min));
            }
        }
        var scenario = scenarioProject(durations, costs, withdrawn);
        var problem = ScheduleProblem.of(scenario);
        var chosen = new ModeOption[n];
        for (int s = 0; s < n; s++) {
            chosen[s] = problem.stage(s).modes().get(0);
        }
        var timetable = new SerialScheduleGenerator(problem).decode(order, chosen);
        int finish = timetable.makespan();
        var systemFinish = new int[CorridorSystem.values().length];
        double cost = 0;
        for (int s = 0; s < n; s++) {
            var system = stages.get(s).system().ordinal();
            systemFinish[system] = Math.max(systemFinish[system], timetable.finish()[s]);
            cost += costs[s] / (double) Money.PER_UNIT;
        }
        double npv = Double.NaN;
        var shortByYear = new java.util.TreeMap<Integer, Double>();
        if (!project.tranches().isEmpty()) {
            var spend = spend(problem, timetable, chosen, finish);
            var finance = Financier.finance(scenario, spend);
            var opens = new EnumMap<CorridorSystem, Integer>(CorridorSystem.class);
            for (var system : CorridorSystem.values()) {
                if (systemFinish[system.ordinal()] > 0) {
                    opens.put(system, systemFinish[system.ordinal()]);
                }
            }
            npv = Valuer.value(scenario, opens, spend, finance).netPresentValue().toDouble();
            for (var gap : finance.gap()) {
                if (project.startDate() != null) {
                    shortByYear.merge(project.dateOf(gap.period()).getYear(), gap.amount().toDouble(), Double::sum);
                }
            }
        }
        return new Outcome(finish, systemFinish, cost, durations, critical(problem, timetable.start(), timetable.finish(),
                chosen, finish), npv, shortByYear);
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

    /** The project as this scenario has it: each stage in the plan's mode, lasting and costing what was drawn. */
    private Project scenarioProject(int[] durations, long[] costs, java.util.Map<String, Integer> withdrawn) {
        var stages = new ArrayList<Stage>();
        for (int s = 0; s < project.stages().size(); s++) {
            var stage = project.stages().get(s);
            var mode = modes.get(s);
            var drawn = new Mode(mode.id(), durations[s], Money.ofThousandths(costs[s]), mode.demand());
            // The plan's start is kept as the earliest the stage starts: a scenario delays, never advances, it.
            Integer release = stage.actual() != null ? stage.release() : Integer.valueOf(plannedStart[s]);
            // A started stage's one mode is the one it started in, which the plan keeps: its actual stands.
            stages.add(new Stage(stage.id(), stage.name(), stage.system(), stage.calendar(), release,
                    stage.deadline(), List.of(drawn), stage.predecessors(), stage.actual()));
        }
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
            var shares = new java.util.HashMap<>(finance.partyShare());
            gone.forEach(party -> shares.computeIfPresent(party,
                    (p, bounds) -> new dev.corridor.model.ShareBounds(0, bounds.max())));
            finance = new dev.corridor.model.Finance(finance.discountRate(), finance.minReserve(), shares,
                    finance.openingValue());
        }
        // A long scenario may run past the horizon: the replay places every stage however late.
        return new Project(project.schemaVersion(), project.name(), project.periodUnit(), project.startDate(),
                project.horizon(), project.currency(), project.moneyUnit(), project.resources(), project.calendars(),
                project.budgetCaps(), stages, project.milestones(), tranches, finance, project.dataDate(),
                project.outOfSequence());
    }

    /**
     * The stages on a critical chain: those that finish last, and back from each, every predecessor
     * whose link is tight (the stage starts, or finishes, exactly where the link allows).
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
        while (!pending.isEmpty()) {
            int s = pending.remove(pending.size() - 1);
            var calendar = problem.stage(s).calendar();
            for (int l : problem.predecessorLinks(s)) {
                if (!problem.binds(l)) {
                    continue;
                }
                var link = problem.link(l);
                int p = link.predecessor();
                int earliest = link.earliestStart(start[p], finish[p], calendar, modes[s].duration());
                if (!critical[p] && calendar.nextOpen(earliest) == start[s]) {
                    critical[p] = true;
                    pending.add(p);
                }
            }
        }
        return critical;
    }

    private RiskReport report(Outcome[] outcomes, long seed) {
        int iterations = outcomes.length;
        var finish = new double[iterations];
        var cost = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            finish[i] = outcomes[i].finish();
            cost[i] = outcomes[i].cost();
        }
        var systems = new ArrayList<SystemRisk>();
        var present = new EnumMap<CorridorSystem, Boolean>(CorridorSystem.class);
        project.stages().forEach(stage -> present.put(stage.system(), true));
        for (var system : CorridorSystem.values()) {
            if (present.containsKey(system)) {
                var values = Arrays.stream(outcomes).mapToDouble(o -> o.systemFinish()[system.ordinal()]).toArray();
                systems.add(new SystemRisk(system, Percentiles.of(values)));
            }
        }
        var stages = new ArrayList<StageRisk>();
        var spearman = new SpearmansCorrelation();
        boolean finishVaries = Arrays.stream(finish).distinct().count() > 1;
        for (int s = 0; s < project.stages().size(); s++) {
            final int stage = s;
            double critical = Arrays.stream(outcomes).filter(o -> o.critical()[stage]).count() / (double) iterations;
            var durations = Arrays.stream(outcomes).mapToDouble(o -> o.durations()[stage]).toArray();
            boolean varies = Arrays.stream(durations).distinct().count() > 1;
            double crucial = varies && finishVaries ? spearman.correlation(durations, finish) : 0;
            stages.add(new StageRisk(project.stages().get(s).id(), critical, crucial));
        }
        Percentiles npv = null;
        var funding = new ArrayList<FundingRisk>();
        if (!project.tranches().isEmpty()) {
            npv = Percentiles.of(Arrays.stream(outcomes).mapToDouble(Outcome::npv).toArray());
            var years = new java.util.TreeSet<Integer>();
            for (var outcome : outcomes) {
                years.addAll(outcome.shortByYear().keySet());
            }
            for (int year : years) {
                var shortfalls = Arrays.stream(outcomes).mapToDouble(o -> o.shortByYear().getOrDefault(year, 0.0)).toArray();
                double probability = Arrays.stream(shortfalls).filter(v -> v > 0).count() / (double) iterations;
                funding.add(new FundingRisk(year, probability, Percentiles.of(shortfalls).p80()));
            }
        }
        return new RiskReport(project.name(), iterations, seed, "fixed", Percentiles.of(finish), Percentiles.of(cost),
                npv, systems, stages, funding);
    }
}
