package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;

/**
 * The serial decoder for a search that changes a list a little at a time. A list that differs from
 * one decoded before only from position i on is decoded from i, from the bookings as they stood
 * there (a checkpoint and the few positions after it booked again). Each stage after i is searched
 * for again only from where it could now fit: a start that was turned down before is turned down
 * again unless the bookings it meets dropped somewhere in its reach ({@link ProfileDelta#firstDrop}).
 * Past the change, a stage whose start still fits, with nothing in its own periods changed, stays
 * without a search or a booking, since the bookings there are those of before plus the delta, which
 * is put in when a later stage needs them. Once no difference is left and every moved stage is
 * placed, the rest of the list decodes as before and is not visited at all.
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
    /** Per stage, while decoding a change: moved in the list, or placed elsewhere than before. */
    private final boolean[] moved;
    private final boolean[] changed;

    public IncrementalDecoder(ScheduleProblem problem) {
        this(problem, new Capacities(problem));
    }

    IncrementalDecoder(ScheduleProblem problem, Capacities capacities) {
        this.problem = problem;
        this.generator = new SerialScheduleGenerator(problem, capacities);
        this.delta = new ProfileDelta(problem, generator.windowsAt());
        int n = problem.stageCount();
        this.spacing = Math.max(MIN_SPACING, (n + CHECKPOINTS - 1) / CHECKPOINTS);
        this.moved = new boolean[n];
        this.changed = new boolean[n];
    }

    /** Whether this decoder was made for {@code other}. */
    public boolean serves(ScheduleProblem other) {
        return problem == other;
    }

    /** Decodes a list from the top. The arrays become the decode's: the caller must not change them after. */
    public ForwardDecode decode(int[] order, ModeOption[] modes) {
        int n = problem.stageCount();
        var position = positions(order);
        if (!inPrecedenceOrder(order, position, 0, order.length)) {
            var timetable = generator.decode(order, modes);
            return new ForwardDecode(order, modes, position, timetable.start(), timetable.finish(), timetable.resume(),
                    null, null, null, timetable.forced(), null, spacing, -1, null);
        }
        var start = new int[n];
        var finish = new int[n];
        Arrays.fill(start, -1);
        Arrays.fill(finish, -1);
        var resume = resumes();
        var earliest = new int[n];
        var forced = new boolean[n];
        var blockedBy = new long[n];
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
            blockedBy[stage] = generator.lastBlockedBy();
            latestFinish = Math.max(latestFinish, finish[stage]);
        }
        return new ForwardDecode(order, modes, position, start, finish, resume, earliest, forced, blockedBy,
                forcedCount, checkpoints, spacing, -1, null);
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
        var blockedBy = before.blockedBy.clone();
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
        // Links from stages placed elsewhere than before to stages not yet placed.
        int pending = 0;
        var elsewhereList = new int[16];
        int elsewhereCount = 0;
        delta.clear();
        int stop = order.length;
        try {
            for (int p = from; p < order.length; p++) {
                int stage = order[p];
                var mode = modes[stage];
                boolean isMoved = moved[stage];
                if (!isMoved) {
                    while (passed < movedCount && before.position[movedBefore[passed]] < before.position[stage]) {
                        int left = movedBefore[passed++];
                        delta.add(left, before.modes[left], placementIn(before, left), -1);
                    }
                }
                for (int l : problem.predecessorLinks(stage)) {
                    if (changed[problem.link(l).predecessor()]) {
                        pending--;
                    }
                }
                int searchFrom = isMoved ? -1 : searchFrom(before, stage, mode, start, finish, earliest, latestFinish);
                // A stage that fits where it was, with nothing changed there and nothing before it that
                // fits, stays: neither searched for nor booked.
                if (searchFrom != before.start[stage] || delta.differsIn(mode, searchFrom, before.finish[stage])) {
                    booked = bookUpTo(before, order, modes, start, resume, booked, p,
                            isMoved ? -1 : before.position[stage]);
                    boolean wasForced = forced[stage];
                    if (searchFrom < 0) {
                        forced[stage] = generator.place(stage, mode, start, finish, resume, earliest, latestFinish);
                        blockedBy[stage] = generator.lastBlockedBy();
                    } else {
                        forced[stage] = generator.placeSearchingFrom(stage, mode, earliest[stage], searchFrom, start,
                                finish, resume, latestFinish);
                        // The starts it did not look at again were turned down as before.
                        blockedBy[stage] |= generator.lastBlockedBy();
                    }
                    booked = p + 1;
                    forcedCount += (forced[stage] ? 1 : 0) - (wasForced ? 1 : 0);
                    boolean elsewhere = mode != before.modes[stage] || start[stage] != before.start[stage]
                            || finish[stage] != before.finish[stage]
                            || (resume != null && resume[stage] != before.resume[stage]);
                    if (elsewhere) {
                        changed[stage] = true;
                        pending += problem.successorLinks(stage).length;
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
                changed[elsewhereList[e]] = false;
            }
        }
        var checkpoints = before.checkpoints.clone();
        // Before `from` and from `stop` on the bookings are those of before; between, filled in when asked.
        for (int c = from / spacing + 1; c < checkpoints.length && c * spacing < stop; c++) {
            checkpoints[c] = null;
        }
        return new ForwardDecode(order, modes, position, start, finish, resume, earliest, forced, blockedBy,
                forcedCount, checkpoints, spacing, before.serial, Arrays.copyOf(elsewhereList, elsewhereCount));
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
     * Where the search for a start of a stage not moved, in the mode it had, may begin: every start
     * before it is known not to fit, as it did not fit before and meets no less now (see
     * {@link ProfileDelta#firstDrop}). Its precedence-earliest start, written to {@code earliest}, must
     * not have come forward, nor the search have been one that gave up or could give up sooner; else
     * -1, and the stage is searched for from its earliest start.
     */
    private int searchFrom(ForwardDecode before, int stage, ModeOption mode, int[] start, int[] finish,
            int[] earliestOut, int latestFinish) {
        if (mode != before.modes[stage] || before.forced[stage] || before.earliest[stage] < 0) {
            return -1;
        }
        int earliest = generator.precedenceEarliestStart(stage, mode, start, finish);
        if (earliest < before.earliest[stage]) {
            return -1;
        }
        int was = before.start[stage];
        if (earliest > was) {
            return -1;
        }
        int drop = delta.firstDrop(mode, before.blockedBy[stage], earliest, before.finish[stage]);
        int from = was;
        if (drop != Integer.MAX_VALUE) {
            var calendar = problem.stage(stage).calendar();
            from = Math.min(was, calendar.earliestStartFinishingBy(earliest, mode.duration(), drop + 1));
        }
        if (from > generator.settledFrom(stage, earliest, latestFinish) + 1) {
            return -1;
        }
        earliestOut[stage] = earliest;
        return from;
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
        for (int p = lo; p <= hi; p++) {
            if (before.order[before.position[order[p]]] != order[p]) {
                return false;
            }
        }
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
            for (int l : problem.predecessorLinks(stage)) {
                int q = position[problem.link(l).predecessor()];
                if (q >= p) {
                    return false;
                }
            }
            for (int l : problem.successorLinks(stage)) {
                int q = position[problem.link(l).successor()];
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
