package dev.corridor.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dataset as the checker reads it: only what the rules need, in the dataset's order.
 *
 * @param periodUnit MONTH, WEEK, DAY or PERIOD
 * @param startDate the first day of period 0, or null
 * @param dataDate the period progress is recorded up to, or null for a project planned from its start
 * @param progressOverride true when a link no longer binds once its successor has started (P6's
 *                         progress override); false for retained logic, where it binds the rest
 */
record Dataset(String name, String periodUnit, LocalDate startDate, int horizon, Map<String, Resource> resources,
        Map<String, Calendar> calendars, List<BudgetCap> budgetCaps, Map<String, Stage> stages, List<Tranche> tranches,
        Terms terms, Integer dataDate, boolean progressOverride) {

    /** The first period a plan decides: its data date, or 0. */
    int decidedFrom() {
        return dataDate == null ? 0 : dataDate;
    }

    /** Periods in a year, for turning annual rates into per-period ones (README, "Financing"). */
    double periodsPerYear() {
        return switch (periodUnit) {
            case "MONTH" -> 12.0;
            case "WEEK" -> 52.1775;
            case "DAY" -> 365.2425;
            default -> 1.0;
        };
    }

    /** What one unit of money in {@code period} is worth in period 0. */
    double discountFactor(int period) {
        return Math.pow(1 + terms.discountRate(), -period / periodsPerYear());
    }
}
