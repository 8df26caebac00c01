package dev.corridor.io.projectfile;

import dev.corridor.model.PeriodUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.mpxj.Duration;
import org.mpxj.TimeUnit;
import org.mpxj.TimeUnitDefaultsContainer;

/**
 * Corridor's periods laid over a project file's clock: period 0 starts on {@code start}, and each
 * period is one day, week or month. Converts durations and dates of the file into periods and back.
 */
record PeriodGrid(PeriodUnit unit, LocalDate start) {

    /** The working day of an exported file: every period is worked 08:00–12:00 and 13:00–17:00. */
    static final LocalTime WORK_START = LocalTime.of(8, 0);
    static final LocalTime WORK_FINISH = LocalTime.of(17, 0);
    static final int MINUTES_PER_DAY = 8 * 60;
    /** An exported week has seven working days, as a week of periods has seven days. */
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    /** A month of periods is about thirty calendar days, all of them working in an exported file. */
    static final int DAYS_PER_MONTH = 30;

    PeriodGrid {
        if (unit == PeriodUnit.PERIOD) {
            throw new IllegalArgumentException("Abstract periods have no dates to lay over a calendar.");
        }
    }

    /** The file's own unit for one period. */
    TimeUnit timeUnit() {
        return switch (unit) {
            case DAY -> TimeUnit.DAYS;
            case WEEK -> TimeUnit.WEEKS;
            case MONTH -> TimeUnit.MONTHS;
            case PERIOD -> throw new IllegalStateException("no time unit for abstract periods");
        };
    }

    private TimeUnit elapsedUnit() {
        return switch (unit) {
            case DAY -> TimeUnit.ELAPSED_DAYS;
            case WEEK -> TimeUnit.ELAPSED_WEEKS;
            case MONTH -> TimeUnit.ELAPSED_MONTHS;
            case PERIOD -> throw new IllegalStateException("no time unit for abstract periods");
        };
    }

    /**
     * How many periods {@code duration} spans, unrounded. Working time is counted in working
     * periods with the hours per day, week and month of {@code defaults} (the activity's calendar
     * or the project's settings); elapsed time in calendar periods.
     */
    double periods(Duration duration, TimeUnitDefaultsContainer defaults) {
        if (duration == null) {
            return 0;
        }
        var target = duration.getUnits().isElapsed() ? elapsedUnit() : timeUnit();
        return duration.convertUnits(target, defaults).getDuration();
    }

    /** A whole number of periods as a file duration. */
    Duration duration(int periods) {
        return Duration.getInstance(periods, timeUnit());
    }

    LocalDate dateOf(int period) {
        return unit.dateOf(start, period);
    }

    /** The period that holds {@code instant}; negative before the start. */
    int periodOf(LocalDateTime instant) {
        var day = instant.toLocalDate();
        long guess = switch (unit) {
            case DAY -> ChronoUnit.DAYS.between(start, day);
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7);
            case MONTH -> ChronoUnit.MONTHS.between(start, day);
            case PERIOD -> throw new IllegalStateException("no dates in abstract periods");
        };
        // MONTHS.between truncates towards zero; step to the period whose first day is on or before the day.
        int period = Math.toIntExact(guess);
        while (dateOf(period).isAfter(day)) {
            period--;
        }
        while (!dateOf(period + 1).isAfter(day)) {
            period++;
        }
        return period;
    }

    /** The first period that starts at or after {@code instant}: where a stage that finishes then is done. */
    int periodAfter(LocalDateTime instant) {
        int period = periodOf(instant);
        return instant.equals(dateOf(period).atStartOfDay()) ? period : period + 1;
    }

    /** When work in {@code period} begins. */
    LocalDateTime startOf(int period) {
        return dateOf(period).atTime(WORK_START);
    }

    /** When work done before {@code period} ends: the close of the day before it. */
    LocalDateTime finishBefore(int period) {
        return dateOf(period).minusDays(1).atTime(WORK_FINISH);
    }

    /** Working hours in one period of an exported file, every day of it worked. */
    double hoursPerPeriod() {
        return switch (unit) {
            case DAY -> MINUTES_PER_DAY / 60.0;
            case WEEK -> MINUTES_PER_WEEK / 60.0;
            case MONTH -> DAYS_PER_MONTH * MINUTES_PER_DAY / 60.0;
            case PERIOD -> throw new IllegalStateException("no hours in abstract periods");
        };
    }
}
