package dev.corridor.model.plan;

import java.util.List;

/**
 * Use of one resource in every period from 0 to the makespan, next to its capacity.
 *
 * @param peak the most units in use in any period, first reached in {@code peakPeriod}
 */
public record ResourceProfile(String id, String name, int peak, int peakPeriod, List<Integer> used,
        List<Integer> capacity) {

    public ResourceProfile {
        used = List.copyOf(used);
        capacity = List.copyOf(capacity);
    }
}
