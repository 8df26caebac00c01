package dev.corridor.io.projectfile;

import dev.corridor.model.Actual;
import dev.corridor.model.Calendar;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.mpxj.ProjectFile;
import org.mpxj.Task;

/**
 * Progress in a project file, as a dataset's data date and actuals: P6's data date and MS Project's
 * status date (both MPXJ's status date) become the data date; each activity's actual start, actual
 * finish and remaining duration its actual. What a dataset cannot hold (a suspended activity, progress
 * dated after the data date) is noted and mapped to the nearest thing it can.
 */
final class ProgressImport {

    private final ProjectFileReader reader;
    private final PeriodGrid grid;
    private final Integer dataDate;

    private ProgressImport(ProjectFileReader reader, Integer dataDate) {
        this.reader = reader;
        this.grid = reader.grid();
        this.dataDate = dataDate;
    }

    /** The progress of {@code file}'s activities, with its data date; no data date where none has started. */
    static ProgressImport of(ProjectFileReader reader, ProjectFile file, List<Task> activities) {
        var started = activities.stream().map(Task::getActualStart).filter(Objects::nonNull).toList();
        if (started.isEmpty()) {
            return new ProgressImport(reader, null);
        }
        var grid = reader.grid();
        var status = file.getProjectProperties().getStatusDate();
        if (status != null) {
            return new ProgressImport(reader, Math.max(1, grid.periodOf(status)));
        }
        // No status date: the progress is as of the day after the last date it records.
        var latest = activities.stream().flatMap(t -> java.util.stream.Stream.of(t.getActualStart(), t.getActualFinish()))
                .filter(Objects::nonNull).max(LocalDateTime::compareTo).orElseThrow();
        int date = grid.periodOf(latest) + 1;
        reader.note(new MappingNote("the project", "records progress but has no status date",
                "the data date is the period after its last actual date, " + grid.dateOf(date)));
        return new ProgressImport(reader, date);
    }

    /** The data date, or null for a project without progress. */
    Integer dataDate() {
        return dataDate;
    }

    /**
     * The activity's progress at the data date, or null if it has not started by then.
     *
     * @param duration its duration in whole periods
     * @param calendar the calendar it works by, or null for every period
     */
    Actual of(Task task, String subject, int duration, Calendar calendar) {
        if (dataDate == null || task.getActualStart() == null) {
            return null;
        }
        int start = grid.periodOf(task.getActualStart());
        if (start >= dataDate) {
            reader.note(new MappingNote(subject, "started on " + task.getActualStart().toLocalDate()
                    + ", not before the data date " + grid.dateOf(dataDate), "it is planned as not started"));
            return null;
        }
        if (duration > 0 && calendar != null && !calendar.isOpen(start)) {
            int open = start;
            while (open < dataDate && !calendar.isOpen(open)) {
                open++;
            }
            if (open >= dataDate) {
                reader.note(new MappingNote(subject, "started on " + grid.dateOf(start) + ", a non-working period, "
                        + "and its calendar is closed up to the data date", "it is planned as not started"));
                return null;
            }
            reader.note(new MappingNote(subject, "started on " + grid.dateOf(start) + ", a non-working period of its "
                    + "calendar", "it starts on the next working one, " + grid.dateOf(open)));
            start = open;
        }
        if (task.getSuspendDate() != null) {
            reader.note(new MappingNote(subject, "is suspended from " + task.getSuspendDate().toLocalDate()
                    + (task.getResume() == null ? "" : " and resumes on " + task.getResume().toLocalDate()),
                    "its remaining work is planned from the data date, as the schedule allows"));
        }
        if (task.getActualFinish() != null) {
            int finish = grid.periodAfter(task.getActualFinish());
            if (finish <= dataDate) {
                return new Actual(start, duration == 0 ? Math.max(finish, start) : Math.max(finish, start + 1), null, null);
            }
            reader.note(new MappingNote(subject, "finished on " + task.getActualFinish().toLocalDate()
                    + ", after the data date " + grid.dateOf(dataDate), "it is planned as still in progress"));
        }
        return new Actual(start, null, null, remaining(task, subject));
    }

    /** The worked periods still to do: the remaining duration, in whole periods, at least one. */
    private int remaining(Task task, String subject) {
        var left = task.getRemainingDuration();
        if (left == null) {
            return 1;
        }
        double periods = grid.periods(left, reader.defaults(task));
        return Math.max(1, reader.wholePeriods(periods, subject, "has remaining"));
    }
}
