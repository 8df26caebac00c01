package dev.corridor.model;

import java.util.List;

/**
 * A repeating work calendar: period t is open when {@code t % cycle} is listed in {@code open}.
 * With monthly periods and a cycle of 12, {@code open: [5,6,7,8]} is a June-to-September season
 * when the project starts in January.
 */
public record Calendar(String id, String name, int cycle, List<Integer> open) {

    public Calendar {
        open = open == null ? List.of() : List.copyOf(open);
    }

    public boolean isOpen(int period) {
        return open.contains(Math.floorMod(period, cycle));
    }
}
