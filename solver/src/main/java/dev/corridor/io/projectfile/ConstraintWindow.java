package dev.corridor.io.projectfile;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.mpxj.ConstraintType;

/**
 * An activity's release and deadline from its date constraints and its deadline, the tightest of
 * each; what a dataset cannot hold is noted.
 */
final class ConstraintWindow {

    private final String subject;
    private final PeriodGrid grid;
    private final List<MappingNote> notes;
    private Integer release;
    private Integer deadline;

    ConstraintWindow(String subject, PeriodGrid grid, List<MappingNote> notes) {
        this.subject = subject;
        this.grid = grid;
        this.notes = notes;
    }

    Integer release() {
        return release;
    }

    Integer deadline() {
        return deadline;
    }

    void constrain(ConstraintType type, LocalDateTime date) {
        if (type == null || type == ConstraintType.AS_SOON_AS_POSSIBLE) {
            return;
        }
        if (date == null) {
            notes.add(new MappingNote(subject, "has a " + words(type) + " constraint without a date", "it is left out"));
            return;
        }
        switch (type) {
            case START_NO_EARLIER_THAN, START_ON -> startFrom(date);
            case FINISH_NO_LATER_THAN, FINISH_ON -> finishBy(date);
            case MUST_START_ON -> {
                startFrom(date);
                notes.add(new MappingNote(subject, "must start on " + date.toLocalDate() + ", and a dataset can "
                        + "only forbid an earlier start", "it may start later"));
            }
            case MUST_FINISH_ON -> {
                finishBy(date);
                notes.add(new MappingNote(subject, "must finish on " + date.toLocalDate() + ", and a dataset can "
                        + "only forbid a later finish", "it may finish earlier"));
            }
            default -> notes.add(new MappingNote(subject, "has a " + words(type) + " constraint ("
                    + date.toLocalDate() + "), which a dataset cannot hold", "it is left out"));
        }
    }

    void startFrom(LocalDateTime date) {
        int period = grid.periodOf(date);
        if (period > 0) {
            release = release == null ? period : Math.max(release, period);
        }
    }

    void finishBy(LocalDateTime date) {
        int period = Math.max(0, grid.periodAfter(date));
        deadline = deadline == null ? period : Math.min(deadline, period);
    }

    private static String words(ConstraintType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
