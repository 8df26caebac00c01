package dev.corridor.check;

import java.math.BigDecimal;

/** At most {@code max} may be spent in periods [from, to). */
record BudgetCap(int from, int to, BigDecimal max) {

    boolean covers(int period) {
        return period >= from && period < to;
    }

    String window() {
        return "[" + from + ", " + to + ")";
    }
}
