package dev.corridor.risk;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Project;
import dev.corridor.model.risk.Convergence;
import dev.corridor.model.risk.CostPoint;
import dev.corridor.model.risk.Flexibility;
import dev.corridor.model.risk.FundingRisk;
import dev.corridor.model.risk.PercentileDates;
import dev.corridor.model.risk.ProjectRisk;
import dev.corridor.model.risk.Percentiles;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.model.risk.SystemRisk;
import dev.corridor.model.risk.TornadoBar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** The scenarios of a risk analysis, in iteration order, summed up into its report. */
final class RiskSummary {

    /** Bars of the tornado kept: the inputs that move the P80 most. */
    static final int TORNADO_BARS = 10;

    private final Project project;
    /** Whether each stage's duration is drawn from a range (a stage that never varies has no tornado bar). */
    private final boolean[] ranged;

    RiskSummary(Project project, boolean[] ranged) {
        this.project = project;
        this.ranged = ranged;
    }

    RiskReport report(List<Outcome> outcomes, List<Outcome> fixed, long seed, RiskPolicy policy, int financeStep,
            boolean stopped) {
        int iterations = outcomes.size();
        var finish = values(outcomes, Outcome::finish);
        var cost = values(outcomes, Outcome::cost);
        var systems = new ArrayList<SystemRisk>();
        var present = new EnumMap<CorridorSystem, Boolean>(CorridorSystem.class);
        project.stages().forEach(stage -> present.put(stage.system(), true));
        for (var system : CorridorSystem.values()) {
            if (present.containsKey(system)) {
                var opens = Percentiles.of(values(outcomes, o -> o.systemFinish()[system.ordinal()]));
                systems.add(new SystemRisk(system, opens, dates(opens)));
            }
        }
        var stages = new ArrayList<StageRisk>();
        var spearman = new SpearmansCorrelation();
        boolean finishVaries = Arrays.stream(finish).distinct().count() > 1;
        for (int s = 0; s < project.stages().size(); s++) {
            final int stage = s;
            double critical = outcomes.stream().filter(o -> o.critical()[stage]).count() / (double) iterations;
            var durations = values(outcomes, o -> o.durations()[stage]);
            boolean varies = Arrays.stream(durations).distinct().count() > 1;
            double crucial = varies && finishVaries ? spearman.correlation(durations, finish) : 0;
            stages.add(new StageRisk(project.stages().get(s).id(), critical, crucial));
        }
        Percentiles npv = null;
        var funding = new ArrayList<FundingRisk>();
        boolean financed = !project.tranches().isEmpty();
        if (financed) {
            npv = Percentiles.of(values(outcomes, Outcome::npv));
            var years = new TreeSet<Integer>();
            outcomes.forEach(outcome -> years.addAll(outcome.shortByYear().keySet()));
            for (int year : years) {
                var shortfalls = values(outcomes, o -> o.shortByYear().getOrDefault(year, 0.0));
                double probability = Arrays.stream(shortfalls).filter(v -> v > 0).count() / (double) iterations;
                funding.add(new FundingRisk(year, probability, Percentiles.of(shortfalls).p80()));
            }
        }
        var finishes = Percentiles.of(finish);
        Flexibility flexibility = null;
        if (fixed != null) {
            var fixedFinish = Percentiles.of(values(fixed, Outcome::finish));
            var fixedNpv = financed ? Percentiles.of(values(fixed, Outcome::npv)) : null;
            flexibility = new Flexibility(fixedFinish, Percentiles.of(values(fixed, Outcome::cost)), fixedNpv,
                    fixedFinish.p50() - finishes.p50(), fixedFinish.p80() - finishes.p80(),
                    financed ? npv.mean() - fixedNpv.mean() : null);
        }
        return new RiskReport(project.name(), iterations, seed, policy.name().toLowerCase(java.util.Locale.ROOT), financeStep,
                new ProjectRisk(finishes, dates(finishes), Percentiles.of(cost), npv), systems, stages,
                tornado(outcomes, finish), sCurve(outcomes), funding, convergence(outcomes, financed), flexibility, stopped);
    }

    /**
     * For each risk, the P80 finish of the scenarios without it and with it; for each ranged stage,
     * of the half in which it drew shorter and the half in which it drew longer (its own point in
     * the range, so a risk's delay on it does not count twice).
     */
    private List<TornadoBar> tornado(List<Outcome> outcomes, double[] finish) {
        var bars = new ArrayList<TornadoBar>();
        int n = outcomes.size();
        for (int r = 0; r < project.risks().size(); r++) {
            final int risk = r;
            var high = IntStream.range(0, n).filter(i -> outcomes.get(i).occurred()[risk]).toArray();
            var low = IntStream.range(0, n).filter(i -> !outcomes.get(i).occurred()[risk]).toArray();
            if (high.length > 0 && low.length > 0) {
                bars.add(new TornadoBar(project.risks().get(r).id(), "risk", p80(finish, low), p80(finish, high)));
            }
        }
        for (int s = 0; s < ranged.length; s++) {
            if (!ranged[s] || n < 2) {
                continue;
            }
            final int stage = s;
            var byPoint = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> outcomes.get(i).durationPoint()[stage])
                            .thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            var low = Arrays.copyOfRange(byPoint, 0, n / 2);
            var high = Arrays.copyOfRange(byPoint, n / 2, n);
            bars.add(new TornadoBar(project.stages().get(s).id(), "stage", p80(finish, low), p80(finish, high)));
        }
        return bars.stream().filter(bar -> bar.swing() != 0)
                .sorted(Comparator.comparingDouble((TornadoBar bar) -> -Math.abs(bar.swing())).thenComparing(TornadoBar::id))
                .limit(TORNADO_BARS).toList();
    }

    private static double p80(double[] values, int[] which) {
        return Percentiles.of(Arrays.stream(which).mapToDouble(i -> values[i]).toArray()).p80();
    }

    /** The cumulative spend by the end of each period to the last finish, at P10, P50 and P90. */
    private static List<CostPoint> sCurve(List<Outcome> outcomes) {
        int last = outcomes.stream().mapToInt(o -> o.spent().length).max().orElse(0);
        var points = new ArrayList<CostPoint>(last);
        var column = new double[outcomes.size()];
        for (int t = 0; t < last; t++) {
            for (int i = 0; i < column.length; i++) {
                var spent = outcomes.get(i).spent();
                column[i] = spent.length == 0 ? 0 : spent[Math.min(t, spent.length - 1)];
            }
            var at = Percentiles.of(column);
            points.add(new CostPoint(t, at.p10(), at.p50(), at.p90()));
        }
        return points;
    }

    /** The P80s of all the iterations less those of the first nine tenths. */
    static Convergence convergence(List<Outcome> outcomes, boolean financed) {
        int n = outcomes.size();
        int head = (int) Math.floor(0.9 * n);
        if (head < 1) {
            return new Convergence(0, 0, financed ? 0.0 : null);
        }
        var first = outcomes.subList(0, head);
        return new Convergence(change(outcomes, first, Outcome::finish), change(outcomes, first, Outcome::cost),
                financed ? change(outcomes, first, Outcome::npv) : null);
    }

    private static double change(List<Outcome> all, List<Outcome> first, ToDoubleFunction<Outcome> value) {
        return Percentiles.of(values(all, value)).p80() - Percentiles.of(values(first, value)).p80();
    }

    private PercentileDates dates(Percentiles finish) {
        if (project.startDate() == null) {
            return null;
        }
        return new PercentileDates(date(finish.p10()), date(finish.p50()), date(finish.p80()), date(finish.p90()));
    }

    private String date(double period) {
        return project.periodUnit().label(project.startDate(), (int) period);
    }

    private static double[] values(List<Outcome> outcomes, ToDoubleFunction<Outcome> value) {
        return outcomes.stream().mapToDouble(value).toArray();
    }
}
