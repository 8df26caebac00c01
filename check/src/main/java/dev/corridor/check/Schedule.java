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
    private final boolean progressOverride;

    private Schedule(Map<String, Placed> placed, boolean complete, boolean progressOverride) {
        this.placed = placed;
        this.complete = complete;
        this.progressOverride = progressOverride;
    }

    /** Whether a link stops binding once its successor has started (P6's progress override). */
    boolean progressOverride() {
        return progressOverride;
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
            int resume = planned.start();
            int[] worked;
            if (stage.progress() != null) {
                worked = history(dataset, stage, mode, planned, calendar, findings);
                if (worked == null) {
                    complete = false;
                    continue;
                }
                // The mode as it ran: the periods it worked and has still to do, its cost spread over them all.
                mode = new Mode(mode.id(), worked.length, mode.costThousandths(), mode.demand());
                resume = stage.progress().finish() != null ? planned.start() : planned.resume();
            } else {
                worked = calendar.workedPeriods(planned.start(), mode.duration());
                checkStatus(dataset, stage, planned, "NOT_STARTED", findings);
                if (dataset.dataDate() != null && planned.start() < dataset.dataDate()) {
                    findings.add(Rule.PROGRESS, stage.id(), planned.start(), "stage " + stage.id() + " starts "
                            + "before the data date, " + periods.label(dataset.dataDate()) + ", but the dataset "
                            + "records no progress for it");
                }
            }
            if (worked == null) {
                findings.add(Rule.CLOSED_SEASON, stage.id(), "stage " + stage.id() + " works by calendar "
                        + stage.calendar() + ", which has no open period");
                complete = false;
                continue;
            }
            int finish = worked.length == 0 ? planned.start() : worked[worked.length - 1] + 1;
            var place = new Placed(stage, mode, planned, worked, finish, resume);
            placed.put(stage.id(), place);
            if (planned.finish() != null && planned.finish() != finish) {
                findings.add(Rule.WORKED_PERIODS, stage.id(), planned.finish(), "stage " + stage.id()
                        + " is reported to finish here, but its " + mode.duration() + " worked periods in mode "
                        + mode.id() + " from " + periods.label(planned.start()) + " finish at " + periods.label(finish));
            }
            checkDates(dataset, place, findings);
        }
        return new Schedule(placed, complete, dataset.progressOverride());
    }

    /**
     * The worked periods of a started stage, from its recorded progress: every open period of its
     * calendar from its actual start to its actual finish (or the data date), then, for a stage in
     * progress, its remaining worked periods from the plan's resume. Null when the plan does not keep
     * the history or gives no resume, each reported.
     */
    private static int[] history(Dataset dataset, Stage stage, Mode mode, PlannedStage planned, Calendar calendar,
            Findings findings) {
        var progress = stage.progress();
        var periods = findings.periods();
        var id = stage.id();
        if (dataset.dataDate() == null) {
            findings.add(Rule.PROGRESS, id, "stage " + id + " records progress, but the dataset has no data date");
            return null;
        }
        int dataDate = dataset.dataDate();
        boolean finished = progress.finish() != null;
        checkStatus(dataset, stage, planned, finished ? "COMPLETE" : "IN_PROGRESS", findings);
        var recordedMode = progress.mode() != null ? progress.mode() : stage.modes().keySet().iterator().next();
        if (!recordedMode.equals(mode.id())) {
            findings.add(Rule.PROGRESS, id, planned.start(), "stage " + id + " runs in mode " + mode.id()
                    + ", but it started in mode " + recordedMode);
        }
        if (planned.start() != progress.start()) {
            findings.add(Rule.PROGRESS, id, planned.start(), "stage " + id + " starts here, but it started in "
                    + periods.label(progress.start()));
        }
        int until = finished ? progress.finish() : dataDate;
        var history = new java.util.ArrayList<Integer>();
        for (int t = progress.start(); t < until; t++) {
            if (calendar.isOpen(t)) {
                history.add(t);
            }
        }
        if (finished) {
            return history.stream().mapToInt(Integer::intValue).toArray();
        }
        int remaining = progress.remaining() != null ? progress.remaining()
                : Math.max(1, mode.duration() - history.size());
        if (planned.resume() == null) {
            findings.add(Rule.PROGRESS, id, "stage " + id + " is in progress at the data date, and the plan does not "
                    + "say where its remaining " + remaining + " worked periods resume (" + planned.path() + ".resume)");
            return null;
        }
        if (planned.resume() < dataDate) {
            findings.add(Rule.PROGRESS, id, planned.resume(), "the remaining work of stage " + id + " resumes before "
                    + "the data date, " + periods.label(dataDate));
            if (planned.resume() < progress.start()) {
                // Before its own start its work cannot be placed at all; the rules that need it are left out.
                return null;
            }
        }
        var rest = calendar.workedPeriods(planned.resume(), remaining);
        if (rest == null) {
            return null;
        }
        var worked = new int[history.size() + rest.length];
        for (int k = 0; k < history.size(); k++) {
            worked[k] = history.get(k);
        }
        System.arraycopy(rest, 0, worked, history.size(), rest.length);
        return worked;
    }

    /** The status the plan gives a stage, where it gives one, against where the dataset's progress puts it. */
    private static void checkStatus(Dataset dataset, Stage stage, PlannedStage planned, String expected,
            Findings findings) {
        if (dataset.dataDate() != null && planned.status() != null && !planned.status().equals(expected)) {
            findings.add(Rule.PROGRESS, stage.id(), "stage " + stage.id() + " is " + planned.status()
                    + " in the plan, but its progress at the data date makes it " + expected);
        }
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
        if (place.resume() != start && stage.calendar() != null
                && !dataset.calendars().get(stage.calendar()).isOpen(place.resume())) {
            findings.add(Rule.CLOSED_SEASON, id, place.resume(), "stage " + id + " resumes while its calendar "
                    + stage.calendar() + " is closed");
        }
        if (start < 0) {
            findings.add(Rule.PROJECT_START, id, start, "stage " + id + " starts before the project's first period");
        }
        if (stage.release() != null && start < stage.release() && !place.started()) {
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
