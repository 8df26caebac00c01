package dev.corridor.model;

import java.util.List;

/**
 * A repeating work calendar: period t is open when {@code t % cycle} is listed in {@code open}.
 * With monthly periods and a cycle of 12, {@code open: [5,6,7,8]} is a June-to-September season
 * when the project starts in January.
 *
 * @param seasonVariation for risk analysis: by how many periods at most the open season of each cycle
 *                        may open late or close early (the Arctic year); 0 for seasons on time
 */
public record Calendar(String id, String name, int cycle, List<Integer> open,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
        int seasonVariation) {

    public Calendar {
        open = open == null ? List.of() : List.copyOf(open);
    }

    /** A calendar whose seasons open and close on time. */
    public Calendar(String id, String name, int cycle, List<Integer> open) {
        this(id, name, cycle, open, 0);
    }

    public boolean isOpen(int period) {
        return open.contains(Math.floorMod(period, cycle));
    }
}
