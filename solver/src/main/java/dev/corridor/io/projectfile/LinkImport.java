package dev.corridor.io.projectfile;

import dev.corridor.model.LinkType;
import dev.corridor.model.Predecessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * A project file's relations as a stage's predecessors: the activity's own links and those of the
 * summary tasks above it, a summary task standing for every activity under it, lags in periods.
 */
final class LinkImport {

    private final ProjectFileReader reader;

    LinkImport(ProjectFileReader reader) {
        this.reader = reader;
    }

    /**
     * The stage's predecessors: its own links and those of the summary tasks above it (a summary's
     * predecessor holds back everything under it), with a summary predecessor standing for each
     * activity under it.
     */
    List<Predecessor> predecessors(Task task) {
        var successorId = reader.stageIds().get(task);
        var subject = "activity \"" + successorId + "\"";
        var byKey = new LinkedHashMap<String, Predecessor>();
        for (var holder = task; holder != null; holder = holder.getParentTask()) {
            for (var relation : holder.getPredecessors()) {
                var before = relation.getPredecessorTask();
                var via = holder == task ? "" : " through summary task \"" + holder.getName() + "\"";
                var activities = activitiesUnder(before);
                if (activities.isEmpty()) {
                    reader.note(new MappingNote(subject, "follows \"" + (before == null ? "an unknown task" : before.getName())
                            + "\"" + via + ", which is no activity of this project", "the link is left out"));
                    continue;
                }
                if (before != null && !reader.stageIds().containsKey(before)) {
                    reader.note(new MappingNote(subject, "follows summary task \"" + before.getName() + "\"" + via
                            + ", and a dataset links only stages", "it follows each of the " + activities.size()
                            + " activities under it instead" + (startsFrom(relation.getType())
                            ? ", which is stricter than following the earliest of them" : "")));
                } else if (holder != task) {
                    reader.note(new MappingNote(subject, "follows \"" + reader.stageIds().get(before) + "\"" + via
                            + ", and a dataset links only stages", "the link is on the activity itself"));
                }
                for (var activity : activities) {
                    var predecessorId = reader.stageIds().get(activity);
                    if (predecessorId.equals(successorId)) {
                        continue;
                    }
                    var link = new Predecessor(predecessorId, type(relation.getType()), lag(relation, activity, task, subject));
                    byKey.merge(predecessorId + "/" + link.type(), link, (kept, other) -> {
                        reader.note(new MappingNote(subject, "follows \"" + predecessorId + "\" by " + link.type()
                                + " more than once", "the links are one, with the longest lag"));
                        return kept.lag() >= other.lag() ? kept : other;
                    });
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The activities at or under {@code task}; empty for a task outside this project. */
    private List<Task> activitiesUnder(Task task) {
        if (task == null) {
            return List.of();
        }
        if (reader.stageIds().containsKey(task)) {
            return List.of(task);
        }
        var under = new ArrayList<Task>();
        for (var child : task.getChildTasks()) {
            under.addAll(activitiesUnder(child));
        }
        return under;
    }

    private static boolean startsFrom(RelationType type) {
        return type == RelationType.START_START || type == RelationType.START_FINISH;
    }

    private static LinkType type(RelationType type) {
        if (type == null) {
            return LinkType.FS;
        }
        return switch (type) {
            case FINISH_START -> LinkType.FS;
            case START_START -> LinkType.SS;
            case FINISH_FINISH -> LinkType.FF;
            case START_FINISH -> LinkType.SF;
        };
    }

    /**
     * The lag in periods: working time on the successor's calendar, or a percentage of the
     * predecessor's duration. Rounded up: the successor never gets closer than the file allows.
     */
    private int lag(Relation relation, Task before, Task after, String subject) {
        var lag = relation.getLag();
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        double periods = lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT
                ? lag.getDuration() / 100 * reader.durations().get(reader.stageIds().get(before))
                : reader.grid().periods(lag, reader.defaults(after));
        return reader.wholePeriods(periods, subject, "has a lag after \"" + reader.stageIds().get(before) + "\" of");
    }
}
