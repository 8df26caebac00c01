package dev.corridor.check;

import java.util.Arrays;

/** A repeating work calendar: period t is open when t mod cycle is one of its open offsets. */
record Calendar(String id, int cycle, int[] openOffsets) {

    Calendar {
        openOffsets = Arrays.stream(openOffsets).filter(o -> o >= 0 && o < cycle).distinct().sorted().toArray();
    }

    boolean isOpen(int period) {
        return Arrays.binarySearch(openOffsets, Math.floorMod(period, cycle)) >= 0;
    }

    /**
     * The {@code duration} open periods from {@code start} on, or null when the calendar has none.
     * Walks open offsets cycle by cycle, so a sparse calendar costs no more than a full one.
     */
    int[] workedPeriods(int start, int duration) {
        var worked = new int[duration];
        if (duration == 0) {
            return worked;
        }
        if (openOffsets.length == 0) {
            return null;
        }
        long cycleStart = (long) start - Math.floorMod(start, cycle);
        int n = 0;
        while (n < duration) {
            for (int offset : openOffsets) {
                long t = cycleStart + offset;
                if (t >= start && n < duration) {
                    worked[n++] = Math.toIntExact(t);
                }
            }
            cycleStart += cycle;
        }
        return worked;
    }
}
