package dev.corridor.check;

import java.util.List;

/**
 * A resource: renewable (units held while a stage works) or a stock for the whole project.
 *
 * @param changes capacity changes as {from, capacity}, in the dataset's order
 */
record Resource(String id, boolean renewable, int capacity, List<int[]> changes) {

    /** Units available in {@code period}: the change with the latest "from" at or before it; of equal ones, the last listed. */
    int capacityAt(int period) {
        int units = capacity;
        int since = Integer.MIN_VALUE;
        for (var change : changes) {
            if (change[0] <= period && change[0] >= since) {
                since = change[0];
                units = change[1];
            }
        }
        return units;
    }
}
