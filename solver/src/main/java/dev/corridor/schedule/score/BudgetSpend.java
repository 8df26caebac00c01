package dev.corridor.schedule.score;

import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import dev.corridor.model.Money;
import dev.corridor.schedule.BudgetIndex;
import dev.corridor.schedule.StageJob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The spend booked in each budget window, kept up to date as stages come and go, and the windows
 * spent beyond their caps. A stage's move adds and takes off its spend in the windows of the periods
 * it works in, in exact thousandths as the stage spends them (see {@link Money#spendInWorkedPeriod}).
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
        var mode = job.getMode();
        int duration = mode.duration();
        var periods = job.workedPeriods();
        int[] windows = new int[4];
        long[] amounts = new long[4];
        int count = 0;
        for (int k = 0; k < duration; k++) {
            int[] covering = of.windowsAt(periods[k]);
            if (covering.length == 0) {
                continue;
            }
            long amount = Money.spendInWorkedPeriod(mode.costMilli(), duration, k);
            for (int w : covering) {
                if (count == windows.length) {
                    windows = Arrays.copyOf(windows, count * 2);
                    amounts = Arrays.copyOf(amounts, count * 2);
                }
                windows[count] = w;
                amounts[count++] = amount;
            }
        }
        add(windows, amounts, count, 1);
        int[] bookedWindows = windows;
        long[] bookedAmounts = amounts;
        int booked = count;
        return () -> add(bookedWindows, bookedAmounts, booked, -1);
    }

    private void add(int[] windows, long[] amounts, int count, int sign) {
        for (int i = 0; i < count; i++) {
            spent[windows[i]] += sign * amounts[i];
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
