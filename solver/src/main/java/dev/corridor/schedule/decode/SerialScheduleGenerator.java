package dev.corridor.schedule.decode;

import dev.corridor.model.Money;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.StageProgress;
import dev.corridor.schedule.problem.StageSpec;
import dev.corridor.schedule.problem.WorkCalendar;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The serial schedule-generation scheme: the decoder that turns an activity list (a priority order
 * of stages) and a mode per stage into start times. Stages are taken one at a time, the earliest
 * in the list among those whose predecessors are placed, and each is put at the earliest period
 * where its precedence links, release, calendar, resources and budget windows all allow it.
 *
 * <p>Every schedule it returns respects precedence and calendars. It respects resources and budget
 * caps too, unless no period ever could (capacity falls below a demand for good, or the caps run
 * out); such a stage is placed at its precedence-earliest start and counted in {@link Timetable#forced()},
 * and the constraints then score the overload. One instance reuses its work arrays: not thread-safe.
 */
public final class SerialScheduleGenerator {

    private final ScheduleProblem problem;
    private final int resourceCount;
    private final Capacities capacities;
    /** windowsAt[t]: the budget windows that cover period t (none from the steady period on). */
    private final int[][] windowsAt;
    private final long[] windowMax;
    /** Per stage, its calendar, the calendar's cycle and its progress: read for every stage booked or passed, so kept at hand. */
    private final WorkCalendar[] calendars;
    private final int[] cycles;
    private final StageProgress[] progresses;
    /** Whether the problem's resources fit the bits of {@link ModeOption#resourceMask()}. */
    private final boolean masked;

    /**
     * The starts the latest placement's search turned down, as quadruples (first, after last, cause,
     * by how much): cause a resource index r, where the starts all ran into r's capacity in period
     * after-last minus one, by that many units at least; or -(w + 1), where they all overspent budget
     * window w, by that much at least (thousandths, at most MAX_VALUE). Kept only when asked.
     */
    private int[] turnedDown = new int[24];
    private int turnedDownCount;
    private boolean recording;
    /** Why the latest start tried was turned down, as a cause in {@link #turnedDown}, and by how much. */
    private int cause;
    private int causeBy;
    /** What the latest {@link #startLeavingRoomIn} found the starts it passes over to overspend by, at least. */
    private int overspendPast;

    private int[][] usage;
    /** Periods below this may hold bookings from the previous decode; only they need clearing. */
    private int bookedUntil;
    private final long[] windowSpent;
    private final long[] stageSpendInWindow;

    public SerialScheduleGenerator(ScheduleProblem problem) {
        this(problem, new Capacities(problem));
    }

    SerialScheduleGenerator(ScheduleProblem problem, Capacities capacities) {
        this.problem = problem;
        this.resourceCount = problem.resources().size();
        this.capacities = capacities;
        int steady = problem.steadyFrom();
        var windows = problem.budgetWindows();
        this.windowMax = windows.stream().mapToLong(BudgetWindow::maxMilli).toArray();
        this.windowsAt = new int[steady][];
        for (int t = 0; t < steady; t++) {
            final int period = t;
            windowsAt[t] = windows.stream().filter(w -> w.covers(period)).mapToInt(BudgetWindow::index).toArray();
        }
        this.windowSpent = new long[windows.size()];
        this.calendars = problem.stages().stream().map(StageSpec::calendar).toArray(WorkCalendar[]::new);
        this.cycles = Arrays.stream(calendars).mapToInt(WorkCalendar::cycle).toArray();
        this.progresses = problem.stages().stream().map(StageSpec::progress).toArray(StageProgress[]::new);
        this.masked = resourceCount <= 64;
        this.stageSpendInWindow = new long[windows.size()];
        this.usage = new int[resourceCount][Math.max(16, problem.horizon() + 1)];
    }

    /** Whether this generator was made for {@code other}. */
    public boolean serves(ScheduleProblem other) {
        return problem == other;
    }

    /**
     * Decodes an activity list.
     *
     * @param order stage indexes in priority order; stages not listed are left unplaced
     * @param modes the chosen mode of each stage, by stage index
     */
    public Timetable decode(int[] order, ModeOption[] modes) {
        return decode(order, modes, null);
    }

    /**
     * Decodes as {@link #decode(int[], ModeOption[])} does, but each stage, as it comes to be placed,
     * takes whichever of its modes finishes it first in the schedule built so far, among those the
     * stocks cover with every other stage in the mode it has then (so modes that fit the stocks keep
     * fitting them). Of modes that finish at once, the one needing the least stock wins, leaving
     * the rest to the stages after it; the stage's own mode wins a full tie.
     * This is multi-mode forward improvement: a mode that looks slow on its own may finish first
     * where the resources are busy, and one that looks fast may wait.
     *
     * @param modes the modes to start from; each listed stage's entry is replaced by the mode it took
     * @param mayChange which stages may take another mode, by stage index
     */
    public Timetable decodeFittingModes(int[] order, ModeOption[] modes, boolean[] mayChange) {
        return decode(order, modes, new ModeFit(modes, mayChange));
    }

    /** What the mode-fitting decode needs to keep the stocks covered. */
    private final class ModeFit {
        final boolean[] mayChange;
        final long[] used;

        ModeFit(ModeOption[] modes, boolean[] mayChange) {
            this.mayChange = mayChange;
            this.used = new long[problem.stocks().size()];
            for (var mode : modes) {
                if (mode != null) {
                    for (int s = 0; s < used.length; s++) {
                        used[s] += mode.consumption(s);
                    }
                }
            }
        }

        /** Whether the stocks cover {@code option} in place of {@code current}, or it overdraws none more. */
        boolean covers(ModeOption current, ModeOption option) {
            for (var stock : problem.stocks()) {
                int s = stock.index();
                long after = used[s] - current.consumption(s) + option.consumption(s);
                if (after > stock.capacity() && option.consumption(s) > current.consumption(s)) {
                    return false;
                }
            }
            return true;
        }

        void change(ModeOption current, ModeOption option) {
            for (int s = 0; s < used.length; s++) {
                used[s] += option.consumption(s) - current.consumption(s);
            }
        }
    }

    private Timetable decode(int[] order, ModeOption[] modes, ModeFit fit) {
        int n = problem.stageCount();
        var start = new int[n];
        var finish = new int[n];
        Arrays.fill(start, -1);
        Arrays.fill(finish, -1);
        clearProfile();
        int[] resume = null;
        if (problem.dataDate() >= 0) {
            resume = new int[n];
            Arrays.fill(resume, -1);
        }

        var position = new int[n];
        Arrays.fill(position, -1);
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        // A stage becomes eligible once every listed predecessor is placed. A list in precedence order,
        // as the search's moves keep it, is placed in its own order without keeping the eligible set.
        var waitingOn = new int[n];
        boolean ordered = true;
        for (int p = 0; p < order.length; p++) {
            int stage = order[p];
            for (int l : problem.predecessorLinks(stage)) {
                int q = position[problem.link(l).predecessor()];
                if (q >= 0) {
                    waitingOn[stage]++;
                    ordered &= q < p;
                }
            }
        }
        BitSet eligible = null;
        if (!ordered) {
            eligible = new BitSet(order.length);
            for (int p = 0; p < order.length; p++) {
                if (waitingOn[order[p]] == 0) {
                    eligible.set(p);
                }
            }
        }
        int forced = 0;
        int latestFinish = 0;
        // No eligible position lies below this: scanning from 0 each time made long lists quadratic.
        int lowest = 0;
        int p = ordered ? (order.length > 0 ? 0 : -1) : eligible.nextSetBit(0);
        while (p >= 0) {
            int stage = order[p];
            var mode = modes[stage];
            if (fit != null && fit.mayChange[stage]) {
                mode = fittest(stage, mode, fit, start, finish, latestFinish);
                modes[stage] = mode;
            }
            if (place(stage, mode, start, finish, resume, null, latestFinish)) {
                forced++;
            }
            latestFinish = Math.max(latestFinish, finish[stage]);
            if (ordered) {
                p = p + 1 < order.length ? p + 1 : -1;
                continue;
            }
            eligible.clear(p);
            lowest = p;
            // One decrement per link, so a stage with many predecessors costs no more than its links.
            for (int l : problem.successorLinks(stage)) {
                int successor = problem.link(l).successor();
                if (position[successor] >= 0 && --waitingOn[successor] == 0) {
                    eligible.set(position[successor]);
                    lowest = Math.min(lowest, position[successor]);
                }
            }
            p = eligible.nextSetBit(lowest);
        }
        return new Timetable(start, finish, forced, resume);
    }

    /**
     * Places one stage at the earliest period the schedule built so far allows, books it, and writes
     * its start, finish and (for a plan with a data date) resume; {@code earliest}, if given, gets the
     * precedence-earliest start it searched from. Returns whether it could only be forced in.
     */
    boolean place(int stage, ModeOption mode, int[] start, int[] finish, int[] resume, int[] earliestOut,
            int latestFinish) {
        turnedDownCount = 0;
        boolean forced = false;
        var progress = progresses[stage];
        if (progress == null) {
            int earliest = precedenceEarliestStart(stage, mode, start, finish);
            if (earliestOut != null) {
                earliestOut[stage] = earliest;
            }
            return placeSearchingFrom(stage, mode, earliest, earliest, start, finish, resume, latestFinish);
        } else {
            // History is booked where it happened; only the remaining work of a stage in progress is placed.
            if (earliestOut != null) {
                earliestOut[stage] = -1;
            }
            bookHistory(stage, mode, progress);
            start[stage] = progress.start();
            if (progress.isComplete()) {
                finish[stage] = progress.finish();
                resume[stage] = progress.start();
            } else {
                int worked = progress.history().length;
                int earliest = precedenceEarliestStart(stage, mode, start, finish, progress.remaining());
                int chosen = earliestFeasibleStart(stage, mode, earliest, latestFinish, worked, progress.remaining());
                if (chosen < 0) {
                    forced = true;
                    chosen = earliest;
                }
                resume[stage] = chosen;
                finish[stage] = occupy(stage, mode, chosen, worked, progress.remaining());
            }
        }
        return forced;
    }

    /**
     * Places a stage not in progress as {@link #place} would, where every start from
     * {@code earliest} up to {@code searchFrom} is known not to fit: the search for a start begins
     * there (but gives up where a search from {@code earliest} would). Returns whether it was forced in.
     */
    boolean placeSearchingFrom(int stage, ModeOption mode, int earliest, int searchFrom, int[] start, int[] finish,
            int[] resume, int latestFinish) {
        turnedDownCount = 0;
        int chosen = mode.duration() == 0 ? earliest
                : firstFit(stage, mode, searchFrom, settledFrom(stage, earliest, latestFinish), 0, mode.duration());
        boolean forced = chosen < 0;
        if (forced) {
            chosen = earliest;
        }
        start[stage] = chosen;
        finish[stage] = occupy(stage, mode, chosen, 0, mode.duration());
        if (resume != null) {
            resume[stage] = chosen;
        }
        return forced;
    }

    /** Keeps the starts each placement's search turns down, for {@link #lastTurnedDown}. */
    void recordTurnedDown() {
        recording = true;
    }

    /** The starts the search of the latest placement turned down (see {@link #turnedDown}). */
    int[] lastTurnedDown() {
        return turnedDownCount == 0 ? NONE : Arrays.copyOf(turnedDown, turnedDownCount);
    }

    static final int[] NONE = new int[0];

    /**
     * -1 if the whole work of a stage not in progress fits from {@code t} as the bookings stand, else
     * the next start worth trying, with why in {@link #lastCause}.
     */
    int tryStart(ModeOption mode, WorkCalendar calendar, int t) {
        return nextCandidate(mode, calendar, t, 0, mode.duration());
    }

    /** Why the latest start tried was turned down, as a cause in {@link #turnedDown}. */
    int lastCause() {
        return cause;
    }

    /** By how much the latest start tried was turned down, as in {@link #turnedDown}. */
    int lastCauseBy() {
        return causeBy;
    }

    /**
     * The room a stage booked from {@code start} leaves where it works, with it booked: into
     * {@code units[stage]} how many more units of any resource it needs it could meet in one of its
     * periods and still fit (the least room under capacity there), into {@code spend[stage]} as much
     * for spend in the budget windows it spends in; MAX_VALUE where nothing binds it.
     */
    void room(int stage, ModeOption mode, int start, int[] units, long[] spend) {
        int unitRoom = Integer.MAX_VALUE;
        long spendRoom = Long.MAX_VALUE;
        boolean spends = windowMax.length > 0 && mode.costMilli() != 0;
        if (mode.usesResources() || spends) {
            var calendar = calendars[stage];
            int p = start;
            for (int k = 0; k < mode.duration(); p++) {
                if (!calendar.isOpen(p)) {
                    continue;
                }
                for (int r = 0; r < resourceCount; r++) {
                    if (mode.demand(r) > 0) {
                        unitRoom = Math.min(unitRoom, capacity(r, p) - used(r, p));
                    }
                }
                if (spends && p < windowsAt.length) {
                    for (int w : windowsAt[p]) {
                        spendRoom = Math.min(spendRoom, windowMax[w] - windowSpent[w]);
                    }
                }
                k++;
            }
        }
        units[stage] = unitRoom;
        spend[stage] = spendRoom;
    }

    /** Books a stage where it was placed before, as {@link #place} booked it. */
    void rebook(int stage, ModeOption mode, int start, int resume) {
        var progress = progresses[stage];
        if (progress == null) {
            occupy(stage, mode, start, 0, mode.duration());
        } else {
            bookHistory(stage, mode, progress);
            if (!progress.isComplete()) {
                occupy(stage, mode, resume, progress.history().length, progress.remaining());
            }
        }
    }

    /** Clears every booking, for a decode from the top of a list. */
    void clearProfile() {
        for (int[] row : usage) {
            Arrays.fill(row, 0, Math.min(bookedUntil, row.length), 0);
        }
        bookedUntil = 0;
        Arrays.fill(windowSpent, 0);
    }

    /** The bookings as they stand. */
    ProfileSnapshot snapshot() {
        var rows = new int[resourceCount][];
        for (int r = 0; r < resourceCount; r++) {
            rows[r] = Arrays.copyOf(usage[r], Math.min(bookedUntil, usage[r].length));
        }
        return new ProfileSnapshot(rows, windowSpent.clone(), bookedUntil);
    }

    /** Puts the bookings back as they stood at {@code snapshot}. */
    void restore(ProfileSnapshot snapshot) {
        ensureLength(snapshot.bookedUntil());
        for (int r = 0; r < resourceCount; r++) {
            var row = snapshot.usage()[r];
            System.arraycopy(row, 0, usage[r], 0, row.length);
            // Past the snapshot's bookings, only what was booked since is left to clear.
            if (bookedUntil > row.length) {
                Arrays.fill(usage[r], row.length, Math.min(bookedUntil, usage[r].length), 0);
            }
        }
        System.arraycopy(snapshot.windowSpent(), 0, windowSpent, 0, windowSpent.length);
        bookedUntil = snapshot.bookedUntil();
    }

    /** Adds units to a resource's bookings in one period. */
    void adjustUsage(int resource, int period, int units) {
        ensureLength(period + 1);
        usage[resource][period] += units;
        bookedUntil = Math.max(bookedUntil, period + 1);
    }

    /** Adds spend to a budget window's bookings. */
    void adjustSpend(int window, long amount) {
        windowSpent[window] += amount;
    }

    /** The budget windows covering each period before the steady one, by window index. */
    int[][] windowsAt() {
        return windowsAt;
    }

    /**
     * Where the search for a start gives up: past this period neither capacity nor budget windows
     * nor usage change, so a start that fails there fails forever.
     */
    int settledFrom(int stage, int earliest, int latestFinish) {
        return Math.max(Math.max(problem.steadyFrom(), latestFinish), earliest) + cycles[stage];
    }

    /** The mode that finishes {@code stage} first where it would go now, among those the stocks cover. */
    private ModeOption fittest(int stage, ModeOption current, ModeFit fit, int[] start, int[] finish,
            int latestFinish) {
        var best = current;
        int bestFinish = finishIfPlaced(stage, current, start, finish, latestFinish);
        double bestNeed = problem.stockShare(current);
        for (var option : problem.stage(stage).modes()) {
            if (option == current || !fit.covers(current, option)) {
                continue;
            }
            int optionFinish = finishIfPlaced(stage, option, start, finish, latestFinish);
            double need = problem.stockShare(option);
            if (optionFinish < bestFinish || (optionFinish == bestFinish && need < bestNeed)) {
                best = option;
                bestFinish = optionFinish;
                bestNeed = need;
            }
        }
        if (best != current) {
            fit.change(current, best);
        }
        return best;
    }

    /** Where {@code stage} would finish in {@code mode} if placed now; past every real finish if it never fits. */
    private int finishIfPlaced(int stage, ModeOption mode, int[] start, int[] finish, int latestFinish) {
        int earliest = precedenceEarliestStart(stage, mode, start, finish);
        int at = earliestFeasibleStart(stage, mode, earliest, latestFinish, 0, mode.duration());
        return at < 0 ? Integer.MAX_VALUE : calendars[stage].finish(at, mode.duration());
    }

    /** The earliest start that the release, the calendar and the placed predecessors allow. */
    int precedenceEarliestStart(int stage, ModeOption mode, int[] start, int[] finish) {
        return precedenceEarliestStart(stage, mode, start, finish, mode.duration());
    }

    /**
     * The earliest start of {@code duration} worked periods of the stage that the release, the calendar
     * and the placed predecessors allow, by the links that bind it: for a stage in progress, the
     * earliest its remaining work may resume.
     */
    private int precedenceEarliestStart(int stage, ModeOption mode, int[] start, int[] finish, int duration) {
        var spec = problem.stage(stage);
        var calendar = spec.calendar();
        int earliest = Math.max(0, spec.release());
        for (int l : problem.predecessorLinks(stage)) {
            if (!problem.binds(l)) {
                continue;
            }
            var link = problem.link(l);
            int before = link.predecessor();
            if (start[before] < 0) {
                continue;
            }
            earliest = Math.max(earliest, link.earliestStart(start[before], finish[before], calendar, duration));
        }
        return duration == 0 ? earliest : calendar.nextOpen(earliest);
    }

    /**
     * The earliest start from {@code earliest} on where resources and budgets allow {@code count}
     * worked periods of the stage, its {@code firstK}-th worked period first, or -1 if none ever will.
     */
    private int earliestFeasibleStart(int stage, ModeOption mode, int earliest, int latestFinish, int firstK,
            int count) {
        if (count == 0) {
            return earliest;
        }
        return firstFit(stage, mode, earliest, settledFrom(stage, earliest, latestFinish), firstK, count);
    }

    /** The first start from {@code from} on where the work fits, or -1 once a start past {@code settled} fails. */
    private int firstFit(int stage, ModeOption mode, int from, int settled, int firstK, int count) {
        var calendar = calendars[stage];
        int t = from;
        while (true) {
            t = calendar.nextOpen(t);
            int next = nextCandidate(mode, calendar, t, firstK, count);
            if (next < 0) {
                return t;
            }
            if (recording) {
                if (turnedDownCount + 4 > turnedDown.length) {
                    turnedDown = Arrays.copyOf(turnedDown, turnedDown.length * 2);
                }
                turnedDown[turnedDownCount++] = t;
                turnedDown[turnedDownCount++] = next;
                turnedDown[turnedDownCount++] = cause;
                turnedDown[turnedDownCount++] = causeBy;
            }
            if (t > settled) {
                return -1;
            }
            t = next;
        }
    }

    /** -1 if {@code count} worked periods of the stage fit from {@code t}, else the next start worth trying. */
    private int nextCandidate(ModeOption mode, WorkCalendar calendar, int t, int firstK, int count) {
        int duration = mode.duration();
        if (calendar.isAlwaysOpen()) {
            // The periods from the last back: any start from t up to a period where the units do not
            // fit would still work there, so the search jumps past the last such period (scanning
            // from the first, it jumped past the first and often met the next one from its next start).
            for (int p = t + count - 1; p >= t; p--) {
                int r = unitsOverAt(mode, p);
                if (r >= 0) {
                    return turnedDownFor(mode, r, p);
                }
            }
        } else {
            // On a calendar the last worked period is found only by counting open periods from t:
            // there, the first period where the units do not fit ends the scan sooner.
            int p = t;
            for (int k = 0; k < count; p++) {
                if (!calendar.isOpen(p)) {
                    continue;
                }
                int r = unitsOverAt(mode, p);
                if (r >= 0) {
                    return turnedDownFor(mode, r, p);
                }
                k++;
            }
        }
        if (windowMax.length == 0 || mode.costMilli() == 0) {
            return -1;
        }
        int p = t;
        for (int k = 0; k < count; p++) {
            if (!calendar.isOpen(p)) {
                continue;
            }
            if (p < windowsAt.length) {
                long spend = Money.spendInWorkedPeriod(mode.costMilli(), duration, firstK + k);
                for (int w : windowsAt[p]) {
                    stageSpendInWindow[w] += spend;
                }
            }
            k++;
        }
        int next = -1;
        for (int w = 0; w < windowMax.length; w++) {
            long over = stageSpendInWindow[w] > 0 ? windowSpent[w] + stageSpendInWindow[w] - windowMax[w] : 0;
            if (over > 0) {
                int leaving;
                int by;
                var window = problem.budgetWindows().get(w);
                if (t < window.from()) {
                    // Begun before the window, the stage spends there from a later period of its work.
                    long left = windowMax[w] - windowSpent[w];
                    int through = openPeriods(calendar, window.from(), window.to());
                    // The least a start working through the whole window spends there: as many consecutive
                    // periods' money, a thousandth less than t's at most by rounding.
                    long cheapest = through <= count ? Math.floorDiv(mode.costMilli() * through, mode.duration()) : -1;
                    if (cheapest > left) {
                        // A later start before the window spends no less than t (its work ending in the window)
                        // or at least `cheapest` (working through it): both too much. From the window on, the
                        // jump from inside it holds.
                        leaving = startLeavingRoomIn(w, mode, calendar, t, firstK, count);
                        by = (int) Math.min(Math.min(over, cheapest - left), overspendPast);
                    } else if (calendar.finish(t, count) <= window.to()) {
                        // Its work ends in the window: a later start moves work from before the window into
                        // it, spending no less there, until its work runs past the window's end.
                        leaving = Math.max(t + 1, calendar.earliestStartFinishingBy(t, count, window.to() + 1));
                        by = (int) Math.min(Integer.MAX_VALUE, over);
                    } else {
                        leaving = t + 1;
                        by = (int) Math.min(Integer.MAX_VALUE, over);
                    }
                } else {
                    leaving = startLeavingRoomIn(w, mode, calendar, t, firstK, count);
                    by = overspendPast;
                }
                if (leaving > next) {
                    next = leaving;
                    cause = -(w + 1);
                    causeBy = by;
                }
            }
            stageSpendInWindow[w] = 0;
        }
        return next;
    }

    /** Records that resource {@code r} is over capacity in period {@code p}; the next start worth trying is after it. */
    private int turnedDownFor(ModeOption mode, int r, int p) {
        cause = r;
        causeBy = used(r, p) + mode.demand(r) - capacity(r, p);
        return p + 1;
    }

    /** The first resource whose units the mode's demand would take over capacity in period {@code p}, else -1. */
    private int unitsOverAt(ModeOption mode, int p) {
        if (masked) {
            for (long needs = mode.resourceMask(); needs != 0; needs &= needs - 1) {
                int r = Long.numberOfTrailingZeros(needs);
                if (used(r, p) + mode.demand(r) > capacity(r, p)) {
                    return r;
                }
            }
            return -1;
        }
        for (int r = 0; r < resourceCount; r++) {
            int demand = mode.demand(r);
            if (demand > 0 && used(r, p) + demand > capacity(r, p)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Past a budget window that the stage overspends from a start inside it, the next start worth
     * trying is the one that leaves only as many of its worked periods in the window as the money left
     * there pays for. Every start before it keeps at least one more of its first periods in the window,
     * which cost at least as much as the affordable ones and one more, so it would fail again;
     * scanning them one by one made budget-bound decodes quadratic.
     */
    private int startLeavingRoomIn(int window, ModeOption mode, WorkCalendar calendar, int t, int firstK, int count) {
        long left = windowMax[window] - windowSpent[window];
        int duration = mode.duration();
        long before = Math.floorDiv(mode.costMilli() * firstK, duration);
        int affordable = 0;
        while (affordable < count
                && Math.floorDiv(mode.costMilli() * (firstK + affordable + 1), duration) - before <= left) {
            affordable++;
        }
        // The least any start it passes over overspends by: the one with a period more than affordable.
        overspendPast = affordable == count ? 1
                : (int) Math.min(Integer.MAX_VALUE,
                        Math.floorDiv(mode.costMilli() * (firstK + affordable + 1), duration) - before - left);
        // The latest start with exactly `affordable` open periods before the window closes.
        int end = problem.budgetWindows().get(window).to();
        int start = end;
        for (int open = 0; open < affordable; ) {
            start--;
            if (calendar.isOpen(start)) {
                open++;
            }
        }
        return Math.max(t + 1, start);
    }

    private static int openPeriods(WorkCalendar calendar, int from, int to) {
        int open = 0;
        for (int p = from; p < to; p++) {
            if (calendar.isOpen(p)) {
                open++;
            }
        }
        return open;
    }

    /**
     * Books {@code count} worked periods of the stage's resources and spend from {@code t}, its
     * {@code firstK}-th worked period first; returns the period after the last.
     */
    private int occupy(int stage, ModeOption mode, int t, int firstK, int count) {
        if (count == 0) {
            return t;
        }
        var calendar = calendars[stage];
        boolean alwaysOpen = calendar.isAlwaysOpen();
        // The k-th worked period spends ⌊c/d⌋ plus one where r·k mod d + r reaches d (r = c mod d):
        // Money.spendInWorkedPeriod, carried from one period to the next instead of divided again.
        int duration = mode.duration();
        long whole = Math.floorDiv(mode.costMilli(), duration);
        long rest = Math.floorMod(mode.costMilli(), duration);
        long carried = rest * firstK % duration;
        int p = t;
        int last = t;
        for (int k = 0; k < count; p++) {
            if (!alwaysOpen && !calendar.isOpen(p)) {
                continue;
            }
            carried += rest;
            long spend = whole;
            if (carried >= duration) {
                carried -= duration;
                spend++;
            }
            book(mode, p, spend);
            last = p;
            k++;
        }
        return last + 1;
    }

    /** Books a started stage's history: the periods it worked before the data date. */
    private void bookHistory(int stage, ModeOption mode, StageProgress progress) {
        var history = progress.history();
        for (int k = 0; k < history.length; k++) {
            book(mode, history[k], Money.spendInWorkedPeriod(mode.costMilli(), mode.duration(), k));
        }
    }

    /** Books the stage's resources in period {@code p}, and {@code spend} there. */
    private void book(ModeOption mode, int p, long spend) {
        ensureLength(p + 1);
        if (masked) {
            for (long needs = mode.resourceMask(); needs != 0; needs &= needs - 1) {
                int r = Long.numberOfTrailingZeros(needs);
                usage[r][p] += mode.demand(r);
            }
        } else {
            for (int r = 0; r < resourceCount; r++) {
                usage[r][p] += mode.demand(r);
            }
        }
        if (p < windowsAt.length) {
            for (int w : windowsAt[p]) {
                windowSpent[w] += spend;
            }
        }
        bookedUntil = Math.max(bookedUntil, p + 1);
    }

    private int used(int resource, int period) {
        var row = usage[resource];
        return period < row.length ? row[period] : 0;
    }

    private int capacity(int resource, int period) {
        return capacities.of(resource, period);
    }

    private void ensureLength(int length) {
        if (resourceCount > 0 && usage[0].length < length) {
            int newLength = Math.max(length, usage[0].length * 2);
            for (int r = 0; r < resourceCount; r++) {
                usage[r] = Arrays.copyOf(usage[r], newLength);
            }
        }
    }
}
