package dev.corridor.model;

import java.time.LocalDate;

/** The length of one planning period. Period 0 starts on the project's start date. */
public enum PeriodUnit {
    MONTH,
    WEEK,
    DAY,
    /** Abstract periods with no calendar meaning (PSPLIB instances, for example). */
    PERIOD;

    /** The first day of {@code period}, or null where periods have no dates. */
    public LocalDate dateOf(LocalDate start, int period) {
        if (start == null) {
            return null;
        }
        return switch (this) {
            case MONTH -> start.plusMonths(period);
            case WEEK -> start.plusWeeks(period);
            case DAY -> start.plusDays(period);
            case PERIOD -> null;
        };
    }

    /**
     * A period as a planner reads it: "2031-06" for months, the ISO date for weeks and days, or null
     * where periods have no dates.
     */
    public String label(LocalDate start, int period) {
        var date = dateOf(start, period);
        if (date == null) {
            return null;
        }
        return this == MONTH ? date.toString().substring(0, 7) : date.toString();
    }

    /** How many periods make a year, for turning annual rates and caps into per-period ones. */
    public double periodsPerYear() {
        return switch (this) {
            case MONTH -> 12.0;
            case WEEK -> 52.1775;
            case DAY -> 365.2425;
            case PERIOD -> 1.0;
        };
    }
}
