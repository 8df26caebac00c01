package dev.corridor.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * One way to carry out a stage: how many worked periods it takes, what it costs in total (spread
 * over the worked periods by {@link Money#spendInWorkedPeriod}) and how many units of each resource it holds in every worked period.
 */
public record Mode(String id, int duration, Money cost, Map<String, Integer> demand,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        DurationRange durationRange,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        CostRange costRange) {

    public Mode {
        demand = demand == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(demand));
    }

    /** A mode known exactly: no ranges for risk analysis. */
    public Mode(String id, int duration, Money cost, Map<String, Integer> demand) {
        this(id, duration, cost, demand, null, null);
    }

    public int demandFor(String resourceId) {
        return demand.getOrDefault(resourceId, 0);
    }
}
