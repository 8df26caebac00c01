package dev.corridor.schedule.problem;

/**
 * A renewable resource compiled to a step function of capacity over time.
 *
 * @param changeFrom periods at which capacity changes, ascending
 * @param changeTo the capacity from each of those periods on
 * @param bindsFrom the first period its capacity binds the plan: the data date of a progressed
 *                  project (before it, use is history, and history is not re-planned), else 0
 */
public record ResourceSpec(int index, String id, String name, int initialCapacity, int[] changeFrom, int[] changeTo,
        int bindsFrom) {

    public ResourceSpec(int index, String id, String name, int initialCapacity, int[] changeFrom, int[] changeTo) {
        this(index, id, name, initialCapacity, changeFrom, changeTo, 0);
    }

    public int capacityAt(int period) {
        // The last change at or before the period; binary search, as ramps can have many steps.
        int found = java.util.Arrays.binarySearch(changeFrom, period);
        int last = found >= 0 ? lastAt(found) : -found - 2;
        return last < 0 ? initialCapacity : changeTo[last];
    }

    /** Of several changes in one period, the last listed wins. */
    private int lastAt(int index) {
        int last = index;
        while (last + 1 < changeFrom.length && changeFrom[last + 1] == changeFrom[index]) {
            last++;
        }
        return last;
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
