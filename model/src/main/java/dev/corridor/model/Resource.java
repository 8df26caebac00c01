package dev.corridor.model;

import java.util.List;

/**
 * A renewable resource: crews, machines, marine spreads. Units in use are given back when a stage
 * pauses or ends. Capacity can ramp up (mobilisation) or down (demobilisation) over time.
 */
public record Resource(String id, String name, int capacity, List<CapacityChange> capacityChanges) {

    public Resource {
        capacityChanges = capacityChanges == null ? List.of() : List.copyOf(capacityChanges);
    }

    public Resource(String id, int capacity) {
        this(id, id, capacity, List.of());
    }

    /** Units available in {@code period}: the latest change at or before it wins. */
    public int capacityAt(int period) {
        int current = capacity;
        int latestFrom = Integer.MIN_VALUE;
        for (CapacityChange change : capacityChanges) {
            if (change.from() <= period && change.from() >= latestFrom) {
                current = change.capacity();
                latestFrom = change.from();
            }
        }
        return current;
    }
}
