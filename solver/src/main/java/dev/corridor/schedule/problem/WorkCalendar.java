package dev.corridor.schedule.problem;

/**
 * When a stage may work. A stage works its duration in open periods only, and pauses through
 * closed ones. Every question about worked periods is answered here, so the decoder, the
 * constraints and the plan all agree on what "finish" means.
 */
public final class WorkCalendar {

    /** No calendar: every period is open. */
    public static final WorkCalendar ALWAYS = new WorkCalendar("always", new boolean[] {true});

    private final String id;
    private final boolean[] open;
    private final boolean alwaysOpen;

    public WorkCalendar(String id, boolean[] open) {
        this.id = id;
        this.open = open.clone();
        boolean all = true;
        for (boolean o : open) {
            all &= o;
        }
        this.alwaysOpen = all;
    }

    public String id() {
        return id;
    }

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    public int cycle() {
        return open.length;
    }

    public boolean isOpen(int period) {
        return open[Math.floorMod(period, open.length)];
    }

    /** The first open period at or after {@code period}. */
    public int nextOpen(int period) {
        int t = period;
        while (!isOpen(t)) {
            t++;
        }
        return t;
    }

    /** The period after the last of {@code duration} worked periods that begin at {@code start}. */
    public int finish(int start, int duration) {
        if (duration == 0) {
            return start;
        }
        if (isAlwaysOpen()) {
            return start + duration;
        }
        int t = start;
        int worked = 0;
        while (true) {
            if (isOpen(t)) {
                worked++;
                if (worked == duration) {
                    return t + 1;
                }
            }
            t++;
        }
    }

    /**
     * The calendar time {@code duration} worked periods take from the calendar's first open period:
     * seasonal work takes longer in calendar time than in worked periods.
     */
    public int span(int duration) {
        int open = nextOpen(0);
        return finish(open, duration) - open;
    }

    /** The earliest start (at or after {@code from}) whose finish is at least {@code target}. */
    public int earliestStartFinishingBy(int from, int duration, int target) {
        if (duration == 0) {
            return Math.max(from, target);
        }
        // finish() never decreases as start grows, and any start at or after target - duration finishes
        // late enough: binary search for the earliest one.
        int low = from;
        int high = Math.max(from, target - duration);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (finish(middle, duration) >= target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The worked periods of a stage that starts at {@code start}, in order. */
    public int[] workedPeriods(int start, int duration) {
        var periods = new int[duration];
        int t = start;
        for (int k = 0; k < duration; t++) {
            if (isOpen(t)) {
                periods[k++] = t;
            }
        }
        return periods;
    }
}
