package dev.corridor.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A resource. Renewable ones are crews, machines, marine spreads: units in use are given back when
 * a stage pauses or ends, and capacity can ramp up (mobilisation) or down (demobilisation) over
 * time. A non-renewable one is a stock for the whole project that modes consume.
 */
public record Resource(String id, String name, int capacity, List<CapacityChange> capacityChanges, ResourceKind kind) {

    public Resource {
        capacityChanges = capacityChanges == null ? List.of() : List.copyOf(capacityChanges);
        kind = kind == null ? ResourceKind.RENEWABLE : kind;
    }

    public Resource(String id, String name, int capacity, List<CapacityChange> capacityChanges) {
        this(id, name, capacity, capacityChanges, ResourceKind.RENEWABLE);
    }

    public Resource(String id, int capacity) {
        this(id, id, capacity, List.of());
    }

    @JsonIgnore
    public boolean isRenewable() {
        return kind == ResourceKind.RENEWABLE;
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
