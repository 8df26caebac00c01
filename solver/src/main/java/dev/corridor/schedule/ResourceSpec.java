package dev.corridor.schedule;

/**
 * A renewable resource compiled to a step function of capacity over time.
 *
 * @param changeFrom periods at which capacity changes, ascending
 * @param changeTo the capacity from each of those periods on
 */
public record ResourceSpec(int index, String id, String name, int initialCapacity, int[] changeFrom, int[] changeTo) {

    public int capacityAt(int period) {
        int capacity = initialCapacity;
        for (int i = 0; i < changeFrom.length && changeFrom[i] <= period; i++) {
            capacity = changeTo[i];
        }
        return capacity;
    }

    /** The period from which capacity no longer changes. */
    public int lastChange() {
        return changeFrom.length == 0 ? 0 : changeFrom[changeFrom.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceSpec other && other.index == index && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return id;
    }
}
