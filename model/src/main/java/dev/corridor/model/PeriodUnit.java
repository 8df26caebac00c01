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
