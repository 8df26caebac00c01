package dev.corridor.schedule.problem;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Money;

/**
 * What a system earns per period once open, and what opening late forgoes in present value.
 */
public final class SystemValue {

    private final CorridorSystem system;
    private final double perPeriod;
    /** forgone[t]: the discount factors of periods 0..t-1 added up. */
    private final double[] forgone;
    private final double lastDiscount;

    /**
     * @param discount the discount factor of each period; periods past its end are discounted like its last
     */
    public SystemValue(CorridorSystem system, double perPeriod, double[] discount) {
        this.system = system;
        this.perPeriod = perPeriod;
        this.forgone = new double[discount.length + 1];
        for (int t = 0; t < discount.length; t++) {
            forgone[t + 1] = forgone[t] + discount[t];
        }
        this.lastDiscount = discount.length == 0 ? 1 : discount[discount.length - 1];
    }

    public CorridorSystem system() {
        return system;
    }

    /** Present value forgone by opening in {@code finish} rather than in period 0, in thousandths. */
    public long forgoneMilli(int finish) {
        int known = Math.min(finish, forgone.length - 1);
        double discounted = forgone[known] + (finish - known) * lastDiscount;
        return Math.round(discounted * perPeriod * Money.PER_UNIT);
    }

    @Override
    public String toString() {
        return system + " " + perPeriod + " a period";
    }
}
