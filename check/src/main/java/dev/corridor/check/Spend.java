package dev.corridor.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * What the plan spends in each period, recomputed from the modes' costs: each stage's cost spread
 * over its worked periods by the dataset format's rule, in whole thousandths.
 */
final class Spend {

    private final int first;
    private final BigInteger[] thousandths;

    private Spend(int first, BigInteger[] thousandths) {
        this.first = first;
        this.thousandths = thousandths;
    }

    static Spend of(Schedule schedule) {
        int first = schedule.firstPeriod();
        var spend = new BigInteger[Math.max(0, schedule.makespan() - first)];
        Arrays.fill(spend, BigInteger.ZERO);
        for (var place : schedule.stages()) {
            var worked = place.worked();
            for (int k = 0; k < worked.length; k++) {
                spend[worked[k] - first] = spend[worked[k] - first].add(place.mode().spentInWorkedPeriod(k));
            }
        }
        return new Spend(first, spend);
    }

    /** Spend in {@code period}; 0 outside the plan's periods. */
    BigDecimal in(int period) {
        int i = period - first;
        return i < 0 || i >= thousandths.length ? BigDecimal.ZERO.setScale(3) : Amounts.ofThousandths(thousandths[i]);
    }

    /** Spend in periods [from, to). */
    BigDecimal within(int from, int to) {
        var sum = BigInteger.ZERO;
        for (int t = Math.max(from, first); t < Math.min(to, first + thousandths.length); t++) {
            sum = sum.add(thousandths[t - first]);
        }
        return Amounts.ofThousandths(sum);
    }

    static void checkBudgetCaps(Dataset dataset, Spend spend, Findings findings) {
        var periods = findings.periods();
        for (var cap : dataset.budgetCaps()) {
            if (cap.to() <= dataset.decidedFrom()) {
                // A window that ended before the data date holds only history.
                continue;
            }
            var spent = spend.within(cap.from(), cap.to());
            if (spent.compareTo(cap.max()) > 0) {
                findings.add(Rule.BUDGET_CAP, cap.window(), cap.from(), "budget window " + cap.window() + " to "
                        + periods.label(cap.to() - 1) + " spends " + Amounts.text(spent) + ", over its cap "
                        + Amounts.text(cap.max()));
            }
        }
    }
}
