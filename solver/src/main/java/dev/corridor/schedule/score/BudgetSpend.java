package dev.corridor.schedule.score;

import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import dev.corridor.model.Money;
import dev.corridor.schedule.BudgetIndex;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.Spend;
import java.util.ArrayList;
import java.util.List;

/**
 * The spend booked in each budget window, kept up to date as stages come and go, and the windows
 * spent beyond their caps. A stage's move adds and takes off its spend in the windows of the periods
 * it works in, in exact thousandths as the stage spends them ({@link StageJob#spending()}).
 */
final class BudgetSpend {

    /** One collector for both kinds of window, so that Timefold keeps one group for the two constraints. */
    private static final BiConstraintCollector<StageJob, BudgetIndex, BudgetSpend, List<Overspend>> OVERSPENDS =
            new Collector<>(BudgetSpend::new, BudgetSpend::book, BudgetSpend::overspent);

    private BudgetIndex index;
    private long[] spent = new long[0];

    /** The collector that keeps the spend per window, as the windows overspent. */
    static BiConstraintCollector<StageJob, BudgetIndex, BudgetSpend, List<Overspend>> overspends() {
        return OVERSPENDS;
    }

    /** Books a stage's spend in the windows it works in; the runnable takes it off again as booked. */
    private Runnable book(StageJob job, BudgetIndex of) {
        if (index != of) {
            index = of;
            spent = new long[of.windows().size()];
        }
        var spending = job.spending();
        add(spending, 1);
        return () -> add(spending, -1);
    }

    private void add(List<Spend> spending, int sign) {
        for (var spend : spending) {
            for (int w : index.windowsAt(spend.period())) {
                spent[w] += sign * spend.milli();
            }
        }
    }

    private List<Overspend> overspent() {
        var over = new ArrayList<Overspend>();
        for (int w = 0; w < spent.length; w++) {
            var window = index.windows().get(w);
            if (spent[w] > window.maxMilli()) {
                over.add(new Overspend(window, -Math.floorDiv(window.maxMilli() - spent[w], Money.PER_UNIT)));
            }
        }
        return over;
    }
}
