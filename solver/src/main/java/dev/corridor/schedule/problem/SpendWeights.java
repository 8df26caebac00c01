package dev.corridor.schedule.problem;

import java.util.Arrays;

/**
 * What one unit of spend in each period costs in present value: its discount factor, plus the
 * financing LP's price of cash in that period once the plan has been financed. Periods past the
 * end of the table cost what its last period does.
 */
public final class SpendWeights {

    private final double[] weight;

    public SpendWeights(double[] weight) {
        this.weight = weight.length == 0 ? new double[] {1} : weight.clone();
    }

    public double at(int period) {
        return weight[Math.min(period, weight.length - 1)];
    }

    /** A stage's spend, weighted period by period, in thousandths of the money unit. */
    public long weightedCostMilli(Iterable<Spend> spending) {
        double total = 0;
        for (var spend : spending) {
            total += spend.milli() * at(spend.period());
        }
        return Math.round(total);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpendWeights other && Arrays.equals(weight, other.weight);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weight);
    }
}
