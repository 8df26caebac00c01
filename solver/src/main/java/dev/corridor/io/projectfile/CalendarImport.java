package dev.corridor.io.projectfile;

import dev.corridor.model.Calendar;
import dev.corridor.model.PeriodUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mpxj.ProjectCalendar;

/**
 * Turns a project file's calendar into a dataset calendar: a cycle of open and closed periods that
 * repeats from period 0. The cycle is a week of days (anchored on the weekday of the start date),
 * a year of months, or 52 weeks; each offset in it is open when most of its periods over the
 * horizon have working time. What breaks the repetition (holidays, exceptional working days, work
 * weeks that change over the years) cannot be said in a cycle and is reported.
 */
final class CalendarImport {

    /** How many date ranges a note lists before it only counts the rest. */
    private static final int LISTED = 6;

    private final PeriodGrid grid;
    private final int horizon;

    CalendarImport(PeriodGrid grid, int horizon) {
        this.grid = grid;
        this.horizon = horizon;
    }

    /** The dataset calendar, or null when every period is open and a stage needs no calendar. */
    Calendar toCalendar(ProjectCalendar source, String id, List<MappingNote> notes) {
        int cycle = cycle(grid.unit());
        // At least one whole cycle, so that every offset gets a vote even in a short project.
        var open = new boolean[Math.max(horizon, cycle)];
        for (int t = 0; t < open.length; t++) {
            open[t] = hasWorkingTime(source, t);
        }
        var pattern = new boolean[cycle];
        for (int offset = 0; offset < cycle; offset++) {
            int votes = 0;
            for (int t = offset; t < open.length; t += cycle) {
                votes += open[t] ? 1 : -1;
            }
            pattern[offset] = votes >= 0;
        }
        var subject = "calendar \"" + source.getName() + "\"";
        var openOffsets = new ArrayList<Integer>();
        for (int offset = 0; offset < cycle; offset++) {
            if (pattern[offset]) {
                openOffsets.add(offset);
            }
        }
        if (openOffsets.isEmpty()) {
            notes.add(new MappingNote(subject, "has no working time in most periods", "its stages work in every period"));
            return null;
        }
        reportBreaks(subject, open, pattern, true, "closed", "treated as open", notes);
        reportBreaks(subject, open, pattern, false, "working", "treated as closed", notes);
        if (openOffsets.size() == cycle) {
            return null;
        }
        return new Calendar(id, source.getName(), cycle, openOffsets);
    }

    private static int cycle(PeriodUnit unit) {
        return switch (unit) {
            case DAY -> 7;
            case WEEK -> 52;
            case MONTH -> 12;
            case PERIOD -> throw new IllegalStateException("no calendar for abstract periods");
        };
    }

    /** True when some day of {@code period} has working time in {@code calendar}, exceptions included. */
    private boolean hasWorkingTime(ProjectCalendar calendar, int period) {
        var end = grid.dateOf(period + 1);
        for (var day = grid.dateOf(period); day.isBefore(end); day = day.plusDays(1)) {
            if (calendar.isWorkingDate(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One note for the periods that the cycle says are {@code expectedOpen} but the calendar says
     * otherwise, listed as date ranges.
     */
    private void reportBreaks(String subject, boolean[] open, boolean[] pattern, boolean expectedOpen, String actually,
            String instead, List<MappingNote> notes) {
        var ranges = new ArrayList<String>();
        int t = 0;
        while (t < open.length) {
            if (pattern[t % pattern.length] == expectedOpen && open[t] != expectedOpen) {
                int first = t;
                while (t + 1 < open.length && pattern[(t + 1) % pattern.length] == expectedOpen && open[t + 1] != expectedOpen) {
                    t++;
                }
                ranges.add(range(grid.dateOf(first), grid.dateOf(t + 1).minusDays(1)));
            }
            t++;
        }
        if (ranges.isEmpty()) {
            return;
        }
        var listed = String.join(", ", ranges.subList(0, Math.min(LISTED, ranges.size())))
                + (ranges.size() > LISTED ? " and " + (ranges.size() - LISTED) + " more" : "");
        notes.add(new MappingNote(subject, actually + " " + listed + " (exceptions to its repeating "
                + unitName() + " pattern, which a dataset calendar cannot hold)", "these periods are " + instead));
    }

    private String unitName() {
        return switch (grid.unit()) {
            case DAY -> "weekly";
            case WEEK -> "52-week";
            case MONTH -> "yearly";
            case PERIOD -> "";
        };
    }

    private static String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + " to " + last;
    }
}
