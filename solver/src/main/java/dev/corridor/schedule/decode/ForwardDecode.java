package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A forward decode kept with what decoding a changed list again from it needs: the list and modes
 * it came from, where each stage went and the precedence-earliest start it was searched from, and
 * the bookings as they stood before every {@code spacing}-th position of the list (checkpoints).
 * Built by {@link IncrementalDecoder}; read-only once built, but for checkpoints filled in on demand.
 *
 * <p>Only a list in precedence order is decoded position by position (the serial decoder then places
 * the stage at position p at step p), so only such a list has checkpoints; any other is decoded whole
 * every time.
 */
public final class ForwardDecode {

    final int[] order;
    final ModeOption[] modes;
    /** position[stage]: where the stage stands in the list, -1 if not listed. */
    final int[] position;
    final int[] start;
    final int[] finish;
    /** Null for a plan without a data date. */
    final int[] resume;
    /** The precedence-earliest start each stage was searched from, -1 for a stage in progress. */
    final int[] earliest;
    final boolean[] forced;
    /**
     * The starts each stage's search turned down, with why (see {@link SerialScheduleGenerator#lastTurnedDown}):
     * together they cover every open start from its earliest up to its start.
     */
    final int[][] turnedDown;
    /**
     * At least how many more units, or how much more spend in a window, each stage could meet where
     * it is and still fit (see {@link SerialScheduleGenerator#room}); null where not kept.
     */
    final int[] unitSlack;
    final long[] spendSlack;
    final int forcedCount;
    /** Null for a list out of precedence order. */
    final ProfileSnapshot[] checkpoints;
    final int spacing;
    /** Tells decodes apart, for {@link #changedFrom}. */
    final long serial;
    private final long baseSerial;
    private final int[] changedFromBase;
    private final Timetable timetable;

    private static final AtomicLong SERIALS = new AtomicLong();

    ForwardDecode(int[] order, ModeOption[] modes, int[] position, int[] start, int[] finish, int[] resume,
            int[] earliest, boolean[] forced, int[][] turnedDown, int[] unitSlack, long[] spendSlack, int forcedCount, ProfileSnapshot[] checkpoints, int spacing,
            long baseSerial, int[] changedFromBase) {
        this.order = order;
        this.modes = modes;
        this.position = position;
        this.start = start;
        this.finish = finish;
        this.resume = resume;
        this.earliest = earliest;
        this.forced = forced;
        this.turnedDown = turnedDown;
        this.unitSlack = unitSlack;
        this.spendSlack = spendSlack;
        this.forcedCount = forcedCount;
        this.checkpoints = checkpoints;
        this.spacing = spacing;
        this.serial = SERIALS.incrementAndGet();
        this.baseSerial = baseSerial;
        this.changedFromBase = changedFromBase;
        this.timetable = new Timetable(start, finish, forcedCount, resume);
    }

    public Timetable timetable() {
        return timetable;
    }

    /** The list decoded, stage indexes by position. The decode's own: not to be changed. */
    public int[] order() {
        return order;
    }

    /** The modes decoded, by stage. The decode's own: not to be changed. */
    public ModeOption[] modes() {
        return modes;
    }

    /**
     * The stages this decode places elsewhere than {@code other} does (in place, finish or mode), when
     * one was decoded from the other; null when that is not known, and any stage may differ.
     */
    public int[] changedFrom(ForwardDecode other) {
        if (other == this) {
            return SerialScheduleGenerator.NONE;
        }
        if (other != null && changedFromBase != null && baseSerial == other.serial) {
            return changedFromBase;
        }
        if (other != null && other.changedFromBase != null && other.baseSerial == serial) {
            return other.changedFromBase;
        }
        return null;
    }

    boolean inPrecedenceOrder() {
        return checkpoints != null;
    }
}
