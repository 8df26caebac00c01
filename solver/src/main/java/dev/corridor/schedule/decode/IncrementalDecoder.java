package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;

/**
 * The serial decoder for a search that changes a list a little at a time. A list that differs from
 * one decoded before only from position i on is decoded from i, from the bookings as they stood
 * there (a checkpoint and the few positions after it booked again). Each stage's search records the
 * starts it turned down and why: too many units of a resource in one period, or too much spend in
 * one budget window. After i, a stage whose earliest start did not come forward and none of whose
 * reasons fell ({@link ProfileDelta}) cannot start sooner; if what it meets where it was rose by no
 * more than the room it left there, it stays, neither searched for nor booked (the bookings are
 * those before plus the delta, put in when a later stage needs them). Once no difference is left
 * and every moved stage is placed, the rest of the list decodes as before and is not visited.
 *
 * <p>The timetable is always the one {@link SerialScheduleGenerator#decode} gives for the same list and
 * modes (the tests compare them on random lists and changes). Not thread-safe.
 */
public final class IncrementalDecoder {

    /** About this many checkpoints per list; more cost memory and copying, fewer cost booking again. */
    private static final int CHECKPOINTS = 256;
    private static final int MIN_SPACING = 32;

    private final ScheduleProblem problem;
    private final SerialScheduleGenerator generator;
    private final ProfileDelta delta;
    private final int spacing;
    /** Per stage, while decoding a change: moved in the list. */
    private final boolean[] moved;
    /** Per stage, while decoding a change: how many of its predecessors are placed elsewhere than before. */
    private final int[] predecessorsElsewhere;

    public IncrementalDecoder(ScheduleProblem problem) {
        this(problem, new Capacities(problem));
    }

    IncrementalDecoder(ScheduleProblem problem, Capacities capacities) {
        this.problem = problem;
        this.generator = new SerialScheduleGenerator(problem, capacities);
        generator.recordTurnedDown();
        this.delta = new ProfileDelta(problem, generator.windowsAt());
        int n = problem.stageCount();
        this.spacing = Math.max(MIN_SPACING, (n + CHECKPOINTS - 1) / CHECKPOINTS);
        this.moved = new boolean[n];
        this.predecessorsElsewhere = new int[n];
    }

    /** Decodes a list from the top. The arrays become the decode's: the caller must not change them after. */
    public ForwardDecode decode(int[] order, ModeOption[] modes) {
        int n = problem.stageCount();
        var position = positions(order);
        if (!inPrecedenceOrder(order, position, 0, order.length)) {
            var timetable = generator.decode(order, modes);
            return new ForwardDecode(order, modes, position, timetable.start(), timetable.finish(), timetable.resume(),
                    null, null, null, null, null, timetable.forced(), null, spacing, -1, null);
        }
        var start = new int[n];
        var finish = new int[n];
        Arrays.fill(start, -1);
        Arrays.fill(finish, -1);
        var resume = resumes();
        var earliest = new int[n];
        var forced = new boolean[n];
        var turnedDown = new int[n][];
        var unitSlack = new int[n];
        var spendSlack = new long[n];
        var checkpoints = new ProfileSnapshot[order.length / spacing + 1];
        generator.clearProfile();
        int forcedCount = 0;
        int latestFinish = 0;
        for (int p = 0; p < order.length; p++) {
            if (p % spacing == 0) {
                checkpoints[p / spacing] = generator.snapshot();
            }
            int stage = order[p];
            if (generator.place(stage, modes[stage], start, finish, resume, earliest, latestFinish)) {
                forced[stage] = true;
                forcedCount++;
            }
            turnedDown[stage] = generator.lastTurnedDown();
            generator.room(stage, modes[stage], start[stage], unitSlack, spendSlack);
            latestFinish = Math.max(latestFinish, finish[stage]);
        }
        return new ForwardDecode(order, modes, position, start, finish, resume, earliest, forced, turnedDown,
                unitSlack, spendSlack, forcedCount, checkpoints, spacing, -1, null);
    }

    /**
     * Decodes {@code order} with {@code modes}, using {@code before} where they agree with it. The
     * arrays become the decode's: the caller must not change them after.
     */
    public ForwardDecode decode(ForwardDecode before, int[] order, ModeOption[] modes) {
        if (before == null || !before.inPrecedenceOrder() || before.order.length != order.length) {
            return decode(order, modes);
        }
        int n = problem.stageCount();
        int length = order.length;
        int lo = 0;
        while (lo < length && order[lo] == before.order[lo]) {
            lo++;
        }
        int hi = length - 1;
        while (hi >= lo && order[hi] == before.order[hi]) {
            hi--;
        }
        var position = before.position.clone();
        for (int p = lo; p <= hi; p++) {
            position[order[p]] = p;
        }
        if (lo <= hi && !samePositions(before, order, lo, hi)) {
            // Another set of stages, not a rearrangement: nothing to reuse.
            return decode(order, modes);
        }
        int firstModeChange = length;
        int lastModeChange = -1;
        for (int stage = 0; stage < n; stage++) {
            if (modes[stage] != before.modes[stage] && position[stage] >= 0) {
                firstModeChange = Math.min(firstModeChange, position[stage]);
                lastModeChange = Math.max(lastModeChange, position[stage]);
            }
        }
        int from = Math.min(lo, firstModeChange);
        if (from >= length) {
            return before;
        }
        if (lo <= hi && !inPrecedenceOrder(order, position, lo, hi + 1)) {
            return decode(order, modes);
        }
        int movedCount = markMoved(before, order, lo, hi);
        try {
            return decodeFrom(before, order, modes, position, from, hi, Math.max(hi, lastModeChange), movedCount);
        } finally {
            for (int p = lo; p <= hi; p++) {
                moved[order[p]] = false;
            }
        }
    }

    /**
     * Decodes from position {@code from}, where the list or a mode first differs from {@code before};
     * moved stages stand between {@code from} and {@code hi}, and nothing differs past {@code last}.
     */
    private ForwardDecode decodeFrom(ForwardDecode before, int[] order, ModeOption[] modes, int[] position, int from,
            int hi, int last, int movedCount) {
        var start = before.start.clone();
        var finish = before.finish.clone();
        var resume = before.resume == null ? null : before.resume.clone();
        var earliest = before.earliest.clone();
        var forced = before.forced.clone();
        var turnedDown = before.turnedDown.clone();
        var unitSlack = before.unitSlack.clone();
        var spendSlack = before.spendSlack.clone();
        int forcedCount = before.forcedCount;
        restoreBefore(before, from);
        // The generator holds the bookings of the positions before this one.
        int booked = from;
        int latestFinish = 0;
        for (int p = 0; p < from; p++) {
            latestFinish = Math.max(latestFinish, finish[order[p]]);
        }
        // The moved stages by where they stood before: their earlier bookings leave the comparison as
        // the walk passes where they stood, their new ones join it where they are placed.
        var movedBefore = new int[movedCount];
        int m = 0;
        for (int p = from; p <= hi; p++) {
            if (moved[before.order[p]]) {
                movedBefore[m++] = before.order[p];
            }
        }
        int passed = 0;
        int movedPlaced = 0;
        // Stages not yet placed with a predecessor placed elsewhere than before.
        int pending = 0;
        var elsewhereList = new int[16];
        int elsewhereCount = 0;
        delta.clear();
        int stop = order.length;
        try {
            for (int p = from; p < order.length; p++) {
                int stage = order[p];
                var mode = modes[stage];
                // Read together, so that the memory they come from is waited for once, not in turn.
                int[] turnedBefore = before.turnedDown[stage];
                int was = before.start[stage];
                int wasFinish = before.finish[stage];
                boolean isMoved = moved[stage];
                if (!isMoved) {
                    while (passed < movedCount && before.position[movedBefore[passed]] < before.position[stage]) {
                        int left = movedBefore[passed++];
                        delta.add(left, before.modes[left], placementIn(before, left), -1);
                    }
                }
                boolean predecessorMoved = predecessorsElsewhere[stage] > 0;
                if (predecessorMoved) {
                    pending--;
                }
                // Where its search may start: where it was, if every start before that is turned down as before.
                int searchFrom = isMoved ? -1
                        : searchFrom(before, stage, mode, start, finish, earliest, latestFinish, predecessorMoved);
                if (searchFrom == was) {
                    var overNow = overNowUnlessFell(turnedBefore, earliest[stage]);
                    if (overNow == null) {
                        // Some starts turned down before may fit now: try those, with the bookings as they stand.
                        booked = bookUpTo(before, order, modes, start, resume, booked, p, before.position[stage]);
                        searchFrom = retryFallen(stage, mode, turnedBefore, earliest[stage], was, turnedDown);
                    } else if (overNow != turnedBefore) {
                        turnedDown[stage] = overNow;
                    }
                }
                // A stage that fits where it was, meeting no more there than the room it left, and with
                // nothing before it that fits, stays: neither searched for again nor booked.
                boolean stays = false;
                if (searchFrom == was) {
                    int unitRise = delta.unitRise(mode, was, wasFinish);
                    // A mode that costs nothing has all the room in every window: its spend rise need not be told apart.
                    long spendRise = delta.spendRise(was, wasFinish);
                    stays = unitRise <= before.unitSlack[stage] && spendRise <= before.spendSlack[stage];
                    // Less room is left there now, by as much as the bookings rose (the copies hold the room before).
                    if (stays && unitRise > 0 && before.unitSlack[stage] != Integer.MAX_VALUE) {
                        unitSlack[stage] = before.unitSlack[stage] - unitRise;
                    }
                    if (stays && spendRise > 0 && before.spendSlack[stage] != Long.MAX_VALUE) {
                        spendSlack[stage] = before.spendSlack[stage] - spendRise;
                    }
                }
                if (!stays) {
                    booked = bookUpTo(before, order, modes, start, resume, booked, p,
                            isMoved ? -1 : before.position[stage]);
                    boolean wasForced = forced[stage];
                    if (searchFrom < 0) {
                        forced[stage] = generator.place(stage, mode, start, finish, resume, earliest, latestFinish);
                        turnedDown[stage] = generator.lastTurnedDown();
                    } else {
                        forced[stage] = generator.placeSearchingFrom(stage, mode, earliest[stage], searchFrom, start,
                                finish, resume, latestFinish);
                        // The starts before it were turned down as before, or tried again; its search added those after.
                        turnedDown[stage] = joined(turnedDown[stage], generator.lastTurnedDown());
                    }
                    booked = p + 1;
                    generator.room(stage, mode, start[stage], unitSlack, spendSlack);
                    forcedCount += (forced[stage] ? 1 : 0) - (wasForced ? 1 : 0);
                    boolean elsewhere = mode != before.modes[stage] || start[stage] != before.start[stage]
                            || finish[stage] != before.finish[stage]
                            || (resume != null && resume[stage] != before.resume[stage]);
                    if (elsewhere) {
                        for (int successor : problem.successors(stage)) {
                            if (predecessorsElsewhere[successor]++ == 0) {
                                pending++;
                            }
                        }
                        if (elsewhereCount == elsewhereList.length) {
                            elsewhereList = Arrays.copyOf(elsewhereList, elsewhereCount * 2);
                        }
                        elsewhereList[elsewhereCount++] = stage;
                    }
                    if (isMoved || elsewhere) {
                        delta.add(stage, mode, placementIn(start, finish, resume, stage), 1);
                    }
                    if (!isMoved && elsewhere) {
                        delta.add(stage, before.modes[stage], placementIn(before, stage), -1);
                    }
                }
                if (isMoved) {
                    movedPlaced++;
                }
                latestFinish = Math.max(latestFinish, finish[stage]);
                if (p >= last && movedPlaced == movedCount) {
                    while (passed < movedCount) {
                        int left = movedBefore[passed++];
                        delta.add(left, before.modes[left], placementIn(before, left), -1);
                    }
                    if (pending == 0 && delta.isEmpty()) {
                        stop = p + 1;
                        break;
                    }
                }
            }
        } finally {
            for (int e = 0; e < elsewhereCount; e++) {
                for (int successor : problem.successors(elsewhereList[e])) {
                    predecessorsElsewhere[successor] = 0;
                }
            }
        }
        var checkpoints = before.checkpoints.clone();
        // Before `from` and from `stop` on the bookings are those of before; between, filled in when asked.
        for (int c = from / spacing + 1; c < checkpoints.length && c * spacing < stop; c++) {
            checkpoints[c] = null;
        }
        return new ForwardDecode(order, modes, position, start, finish, resume, earliest, forced, turnedDown,
                unitSlack, spendSlack, forcedCount, checkpoints, spacing, before.serial,
                Arrays.copyOf(elsewhereList, elsewhereCount));
    }

    /**
     * Brings the generator's bookings from those of the positions before {@code booked} to those of
     * the positions before {@code p}: by booking the positions between, or, for a stage not moved that
     * stood at {@code wasAt} before and where that is further than a checkpoint's spacing, from the
     * bookings before had ahead of it there and the delta, which holds the difference.
     */
    private int bookUpTo(ForwardDecode before, int[] order, ModeOption[] modes, int[] start, int[] resume, int booked,
            int p, int wasAt) {
        if (booked == p) {
            return p;
        }
        if (wasAt >= 0 && p - booked > spacing) {
            restoreBefore(before, wasAt);
            delta.addTo(generator);
            return p;
        }
        for (int q = booked; q < p; q++) {
            int stage = order[q];
            generator.rebook(stage, modes[stage], start[stage], resume == null ? start[stage] : resume[stage]);
        }
        return p;
    }

    /**
     * Where the search for a start of a stage not moved, in the mode it had, may begin: where it was,
     * if every start between its precedence-earliest start (written to {@code earliest}) and there is
     * turned down as before, for each was turned down for too many units in a period or too much
     * spend in a window, and that did not fall. Else -1, and it is searched for from its earliest start:
     * also where its earliest start came forward, or its search gave up before or could give up sooner.
     */
    private int searchFrom(ForwardDecode before, int stage, ModeOption mode, int[] start, int[] finish,
            int[] earliestOut, int latestFinish, boolean predecessorMoved) {
        if (mode != before.modes[stage] || before.forced[stage] || before.earliest[stage] < 0) {
            return -1;
        }
        // Its earliest start follows from its release, calendar and predecessors' placements alone.
        int earliest = predecessorMoved ? generator.precedenceEarliestStart(stage, mode, start, finish)
                : before.earliest[stage];
        int was = before.start[stage];
        if (earliest < before.earliest[stage] || earliest > was
                || was > generator.settledFrom(stage, earliest, latestFinish) + 1) {
            return -1;
        }
        if (earliest != before.earliest[stage]) {
            earliestOut[stage] = earliest;
        }
        return was;
    }

    /** Whether the reason a block of turned-down starts was turned down for has fallen by as much as it was over. */
    private boolean fell(int[] turned, int i) {
        return change(turned, i) <= -turned[i + 3];
    }

    /** How much what turned a block of starts down has changed since: units in its period, or spend in its window. */
    private long change(int[] turned, int i) {
        int cause = turned[i + 2];
        return cause >= 0 ? delta.unitsAt(cause, turned[i + 1] - 1) : delta.spendIn(-cause - 1);
    }

    /** By how much a block of starts is over now, from by how much it was and the change since. */
    private static int overNow(int[] turned, int i, long change) {
        return (int) Math.min(Integer.MAX_VALUE, turned[i + 3] + change);
    }

    /**
     * The blocks of turned-down starts of a stage, by how much each is over now; the same array if
     * nothing that turned one down changed. Null if a start from {@code earliest} on was turned down
     * for a reason that fell by as much as it was over: those are tried again.
     */
    private int[] overNowUnlessFell(int[] turned, int earliest) {
        int[] now = null;
        for (int i = 0; i < turned.length; i += 4) {
            long change = change(turned, i);
            if (turned[i + 1] > earliest && change <= -turned[i + 3]) {
                return null;
            }
            if (change != 0) {
                if (now == null) {
                    now = turned.clone();
                }
                now[i + 3] = overNow(turned, i, change);
            }
        }
        return now == null ? turned : now;
    }

    /**
     * Tries again, with the bookings as they stand and in the order a search from {@code earliest}
     * meets them, the starts turned down before for a reason that fell (the others are turned down
     * still). Returns the first that fits now, else where the search goes on: {@code was}, or past it
     * where a start tried again was turned down beyond it. The turned-down starts go to {@code out}.
     */
    private int retryFallen(int stage, ModeOption mode, int[] turned, int earliest, int was, int[][] out) {
        var calendar = problem.stage(stage).calendar();
        var kept = new int[turned.length + 16];
        int count = 0;
        // The blocks come in the order the search met them; starts below `reached` are settled.
        int reached = earliest;
        for (int i = 0; i < turned.length; i += 4) {
            int first = Math.max(turned[i], reached);
            int after = turned[i + 1];
            if (after <= first) {
                continue;
            }
            if (first >= was) {
                break;
            }
            if (!fell(turned, i)) {
                kept = put(kept, count, first, after, turned[i + 2], overNow(turned, i, change(turned, i)));
                count += 4;
                reached = after;
                continue;
            }
            int t = first;
            while (true) {
                t = calendar.nextOpen(t);
                if (t >= after || t >= was) {
                    break;
                }
                int next = generator.tryStart(mode, calendar, t);
                if (next < 0) {
                    out[stage] = Arrays.copyOf(kept, count);
                    return t;
                }
                kept = put(kept, count, t, next, generator.lastCause(), generator.lastCauseBy());
                count += 4;
                t = Math.max(t + 1, next);
            }
            reached = Math.max(after, t);
        }
        out[stage] = Arrays.copyOf(kept, count);
        // A start tried again may have been turned down past where the stage was: the search goes on from there.
        return Math.max(was, reached);
    }

    private static int[] put(int[] blocks, int count, int first, int after, int cause, int by) {
        var into = count + 4 > blocks.length ? Arrays.copyOf(blocks, blocks.length * 2 + 4) : blocks;
        into[count] = first;
        into[count + 1] = after;
        into[count + 2] = cause;
        into[count + 3] = by;
        return into;
    }

    private static int[] joined(int[] first, int[] second) {
        if (second.length == 0) {
            return first;
        }
        var both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static Placement placementIn(ForwardDecode decode, int stage) {
        return placementIn(decode.start, decode.finish, decode.resume, stage);
    }

    private static Placement placementIn(int[] start, int[] finish, int[] resume, int stage) {
        return new Placement(start[stage], finish[stage], resume == null ? start[stage] : resume[stage]);
    }

    /** Puts the generator's bookings as they stood in {@code decode} before position {@code p}. */
    private void restoreBefore(ForwardDecode decode, int p) {
        int c = p / spacing;
        fillCheckpoints(decode, c);
        generator.restore(decode.checkpoints[c]);
        for (int q = c * spacing; q < p; q++) {
            int stage = decode.order[q];
            generator.rebook(stage, decode.modes[stage], decode.start[stage],
                    decode.resume == null ? decode.start[stage] : decode.resume[stage]);
        }
    }

    /** Takes the checkpoints of {@code decode} up to index {@code upTo} that a decode from a change left out. */
    private void fillCheckpoints(ForwardDecode decode, int upTo) {
        if (decode.checkpoints[upTo] != null) {
            return;
        }
        int c = upTo;
        while (decode.checkpoints[c] == null) {
            c--;
        }
        generator.restore(decode.checkpoints[c]);
        for (int q = c * spacing; q < upTo * spacing; q++) {
            if (q % spacing == 0 && decode.checkpoints[q / spacing] == null) {
                decode.checkpoints[q / spacing] = generator.snapshot();
            }
            int stage = decode.order[q];
            generator.rebook(stage, decode.modes[stage], decode.start[stage],
                    decode.resume == null ? decode.start[stage] : decode.resume[stage]);
        }
        decode.checkpoints[upTo] = generator.snapshot();
    }

    /**
     * Marks the stages whose order against the others changed between positions lo and hi: one stage
     * taken out and put back elsewhere, two that traded places, or else every stage in between.
     */
    private int markMoved(ForwardDecode before, int[] order, int lo, int hi) {
        if (lo > hi) {
            return 0;
        }
        var old = before.order;
        if (order[lo] == old[hi] && Arrays.equals(order, lo + 1, hi + 1, old, lo, hi)) {
            moved[old[hi]] = true;
            return 1;
        }
        if (order[hi] == old[lo] && Arrays.equals(order, lo, hi, old, lo + 1, hi + 1)) {
            moved[old[lo]] = true;
            return 1;
        }
        if (order[lo] == old[hi] && order[hi] == old[lo] && Arrays.equals(order, lo + 1, hi, old, lo + 1, hi)) {
            moved[old[lo]] = true;
            moved[old[hi]] = true;
            return 2;
        }
        for (int p = lo; p <= hi; p++) {
            moved[order[p]] = true;
        }
        return hi - lo + 1;
    }

    /** Whether positions lo..hi of {@code order} hold the same stages as they did in {@code before}. */
    private boolean samePositions(ForwardDecode before, int[] order, int lo, int hi) {
        for (int p = lo; p <= hi; p++) {
            int stage = order[p];
            int was = before.position[stage];
            if (was < lo || was > hi) {
                return false;
            }
        }
        // lo..hi is a permutation of the same count of distinct stages only if no stage repeats.
        return distinct(order, lo, hi);
    }

    private boolean distinct(int[] order, int lo, int hi) {
        var seen = new java.util.BitSet();
        for (int p = lo; p <= hi; p++) {
            if (seen.get(order[p])) {
                return false;
            }
            seen.set(order[p]);
        }
        return true;
    }

    /** Whether every stage at positions from..to-1 has its listed predecessors before it and successors after. */
    private boolean inPrecedenceOrder(int[] order, int[] position, int from, int to) {
        for (int p = from; p < to; p++) {
            int stage = order[p];
            for (int predecessor : problem.predecessors(stage)) {
                if (position[predecessor] >= p) {
                    return false;
                }
            }
            for (int successor : problem.successors(stage)) {
                int q = position[successor];
                if (q >= 0 && q <= p) {
                    return false;
                }
            }
        }
        return true;
    }

    private int[] positions(int[] order) {
        var position = new int[problem.stageCount()];
        Arrays.fill(position, -1);
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        return position;
    }

    private int[] resumes() {
        if (problem.dataDate() < 0) {
            return null;
        }
        var resume = new int[problem.stageCount()];
        Arrays.fill(resume, -1);
        return resume;
    }
}
