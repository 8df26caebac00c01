package dev.corridor.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dataset as the checker reads it: only what the rules need, in the dataset's order.
 *
 * @param periodUnit MONTH, WEEK, DAY or PERIOD
 * @param startDate the first day of period 0, or null
 */
record Dataset(String name, String periodUnit, LocalDate startDate, int horizon, Map<String, Resource> resources,
        Map<String, Calendar> calendars, List<BudgetCap> budgetCaps, Map<String, Stage> stages, List<Tranche> tranches,
        Terms terms) {

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
