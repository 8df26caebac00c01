package dev.corridor.io.projectfile;

import dev.corridor.model.Calendar;
import dev.corridor.model.PeriodUnit;
import java.time.DayOfWeek;
import java.util.HashSet;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectFile;

/**
 * Writes dataset calendars as project-file calendars. A dataset works in every period it does not
 * close, so the base is a calendar with every day of the week working. A weekly cycle of days
 * becomes working and non-working weekdays; any other cycle (months of a season, say) becomes a
 * non-working exception for each stretch of closed periods up to the horizon.
 */
final class CalendarExport {

    private final ProjectFile file;
    private final PeriodGrid grid;
    private final int horizon;

    CalendarExport(ProjectFile file, PeriodGrid grid, int horizon) {
        this.file = file;
        this.grid = grid;
        this.horizon = horizon;
    }

    /** A calendar in which every day is worked, for stages without a calendar. */
    ProjectCalendar everyDay(String name) {
        return withWorkingDays(name, new HashSet<>());
    }

    ProjectCalendar toProjectCalendar(Calendar calendar) {
        if (grid.unit() == PeriodUnit.DAY && calendar.cycle() == 7) {
            var closedDays = new HashSet<DayOfWeek>();
            for (int offset = 0; offset < 7; offset++) {
                if (!calendar.open().contains(offset)) {
                    closedDays.add(grid.dateOf(offset).getDayOfWeek());
                }
            }
            return withWorkingDays(calendar.name(), closedDays);
        }
        var exported = everyDay(calendar.name());
        int period = 0;
        while (period < horizon) {
            if (calendar.isOpen(period)) {
                period++;
                continue;
            }
            int first = period;
            while (period < horizon && !calendar.isOpen(period)) {
                period++;
            }
            exported.addCalendarException(grid.dateOf(first), grid.dateOf(period).minusDays(1));
        }
        return exported;
    }

    private ProjectCalendar withWorkingDays(String name, java.util.Set<DayOfWeek> closedDays) {
        var calendar = file.addCalendar();
        calendar.setName(name);
        for (var day : DayOfWeek.values()) {
            boolean working = !closedDays.contains(day);
            calendar.setWorkingDay(day, working);
            var hours = calendar.addCalendarHours(day);
            if (working) {
                hours.add(ProjectCalendarDays.DEFAULT_WORKING_MORNING);
                hours.add(ProjectCalendarDays.DEFAULT_WORKING_AFTERNOON);
            }
        }
        return calendar;
    }
}
