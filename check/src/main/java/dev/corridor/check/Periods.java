package dev.corridor.check;

import java.time.LocalDate;

/** Periods as a planner reads them: "period 37 (2031-02)", with the calendar date where the dataset has one. */
record Periods(String unit, LocalDate start) {

    static Periods of(Dataset dataset) {
        return new Periods(dataset.periodUnit(), dataset.startDate());
    }

    /** The first day of {@code period}, or null where periods have no dates. */
    LocalDate dateOf(long period) {
        if (start == null) {
            return null;
        }
        return switch (unit) {
            case "MONTH" -> start.plusMonths(period);
            case "WEEK" -> start.plusWeeks(period);
            case "DAY" -> start.plusDays(period);
            default -> null;
        };
    }

    String label(int period) {
        var date = dateOf(period);
        if (date == null) {
            return "period " + period;
        }
        var text = date.toString();
        return "period " + period + " (" + (unit.equals("MONTH") ? text.substring(0, text.length() - 3) : text) + ")";
    }
}
