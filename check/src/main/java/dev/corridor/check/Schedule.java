package dev.corridor.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan's stages recomputed from the dataset: each stage once, in one of its modes, its worked
 * periods from its calendar, and the rules that concern one stage alone (season, release,
 * deadline, horizon, the finish the plan reports).
 */
final class Schedule {

    /** Starts this far beyond the horizon are surely typing mistakes; they are reported, not walked period by period. */
    private static final int FAR = 1_000_000;

    private static final Calendar ALWAYS_OPEN = new Calendar("", 1, new int[] {0});

    private final Map<String, Placed> placed;
    private final boolean complete;

    private Schedule(Map<String, Placed> placed, boolean complete) {
        this.placed = placed;
        this.complete = complete;
    }

    /** The placed stages in the dataset's order. */
    Iterable<Placed> stages() {
        return placed.values();
    }

    Placed stage(String id) {
        return placed.get(id);
    }

    /** True when every stage of the dataset is placed once in a mode it has, so whole-plan figures can be recomputed. */
    boolean complete() {
        return complete;
    }

    /** The period after the last worked period of any stage. */
    int makespan() {
        return placed.values().stream().mapToInt(Placed::finish).max().orElse(0);
    }

    /** The first period any stage works in (below 0 only for a plan that starts too early). */
    int firstPeriod() {
        return Math.min(0, placed.values().stream().mapToInt(Placed::start).min().orElse(0));
    }

    static Schedule of(Dataset dataset, PlanFile plan, Findings findings) throws Unreadable {
        var periods = findings.periods();
        var byId = new HashMap<String, PlannedStage>();
        var times = new HashMap<String, Integer>();
        for (var stage : plan.stages()) {
            times.merge(stage.id(), 1, Integer::sum);
            byId.putIfAbsent(stage.id(), stage);
            if (!dataset.stages().containsKey(stage.id())) {
                findings.add(Rule.STAGE_UNKNOWN, stage.id(), "the plan has stage " + stage.id() + " (" + stage.path()
                        + "), which the dataset does not have");
            }
        }
        times.forEach((id, count) -> {
            if (count > 1 && dataset.stages().containsKey(id)) {
                findings.add(Rule.STAGE_TWICE, id, "stage " + id + " is in the plan " + count + " times; a stage runs once");
            }
        });
        boolean complete = true;
        var placed = new LinkedHashMap<String, Placed>();
        for (var stage : dataset.stages().values()) {
            var planned = byId.get(stage.id());
            if (planned == null) {
                findings.add(Rule.STAGE_MISSING, stage.id(), "stage " + stage.id() + " is not in the plan");
                complete = false;
                continue;
            }
            var mode = mode(stage, planned, findings);
            if (mode == null) {
                complete = false;
                continue;
            }
            if (Math.abs((long) planned.start()) > (long) dataset.horizon() + FAR) {
                findings.add(Rule.HORIZON, stage.id(), "stage " + stage.id() + " starts at period " + planned.start()
                        + ", far outside the horizon (period " + dataset.horizon() + ")");
                complete = false;
                continue;
            }
            var calendar = calendar(dataset, stage, plan);
            var worked = calendar.workedPeriods(planned.start(), mode.duration());
            if (worked == null) {
                findings.add(Rule.CLOSED_SEASON, stage.id(), "stage " + stage.id() + " works by calendar "
                        + stage.calendar() + ", which has no open period");
                complete = false;
                continue;
            }
            int finish = worked.length == 0 ? planned.start() : worked[worked.length - 1] + 1;
            var place = new Placed(stage, mode, planned, worked, finish);
            placed.put(stage.id(), place);
            if (planned.finish() != null && planned.finish() != finish) {
                findings.add(Rule.WORKED_PERIODS, stage.id(), planned.finish(), "stage " + stage.id()
                        + " is reported to finish here, but its " + mode.duration() + " worked periods in mode "
                        + mode.id() + " from " + periods.label(planned.start()) + " finish at " + periods.label(finish));
            }
            checkDates(dataset, place, findings);
        }
        return new Schedule(placed, complete);
    }

    private static Mode mode(Stage stage, PlannedStage planned, Findings findings) {
        if (planned.mode() == null) {
            if (stage.modes().size() == 1) {
                return stage.modes().values().iterator().next();
            }
            findings.add(Rule.MODE, stage.id(), "stage " + stage.id() + " has " + stage.modes().size()
                    + " modes and the plan does not say which it runs in (" + planned.path() + ".mode)");
            return null;
        }
        var mode = stage.modes().get(planned.mode());
        if (mode == null) {
            findings.add(Rule.MODE, stage.id(), "stage " + stage.id() + " runs in mode " + planned.mode()
                    + ", which it does not have (its modes: " + String.join(", ", stage.modes().keySet()) + ")");
        }
        return mode;
    }

    private static Calendar calendar(Dataset dataset, Stage stage, PlanFile plan) throws Unreadable {
        if (stage.calendar() == null) {
            return ALWAYS_OPEN;
        }
        var calendar = dataset.calendars().get(stage.calendar());
        if (calendar == null) {
            throw plan.fields().problem("$", "stage " + stage.id() + " works by calendar " + stage.calendar()
                    + ", which its dataset does not have; run corridor validate on the dataset.");
        }
        return calendar;
    }

    private static void checkDates(Dataset dataset, Placed place, Findings findings) {
        var id = place.stage().id();
        var stage = place.stage();
        var periods = findings.periods();
        int start = place.start();
        if (place.mode().duration() > 0 && stage.calendar() != null
                && !dataset.calendars().get(stage.calendar()).isOpen(start)) {
            findings.add(Rule.CLOSED_SEASON, id, start, "stage " + id + " starts while its calendar "
                    + stage.calendar() + " is closed (it works first in " + periods.label(place.worked()[0]) + ")");
        }
        if (start < 0) {
            findings.add(Rule.PROJECT_START, id, start, "stage " + id + " starts before the project's first period");
        }
        if (stage.release() != null && start < stage.release()) {
            findings.add(Rule.RELEASE, id, start, "stage " + id + " starts before its release, "
                    + periods.label(stage.release()));
        }
        if (stage.deadline() != null && place.finish() > stage.deadline()) {
            findings.add(Rule.DEADLINE, id, place.finish(), "stage " + id + " finishes after its deadline, "
                    + periods.label(stage.deadline()));
        }
        if (place.finish() > dataset.horizon()) {
            findings.add(Rule.HORIZON, id, place.finish(), "stage " + id + " finishes after the horizon, "
                    + periods.label(dataset.horizon()));
        }
    }
}
