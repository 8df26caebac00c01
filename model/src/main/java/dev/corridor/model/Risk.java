package dev.corridor.model;

import java.util.List;

/**
 * An event that may happen to the project, for risk analysis: with {@code probability}, each named
 * stage takes {@code delay} more worked periods and costs {@code cost} more, and the tranches of
 * {@code withdraw}, if any, are gone from its period on (talks that collapse).
 *
 * @param delay worked periods added to each named stage; zero when the risk costs time nowhere
 * @param cost money added to each named stage
 * @param withdraw the tranches it takes away, or null
 */
public record Risk(String id, String name, double probability, List<String> stages, DurationRange delay,
        CostRange cost, Withdrawal withdraw) {

    public Risk {
        stages = stages == null ? List.of() : List.copyOf(stages);
        delay = delay == null ? DurationRange.exactly(0) : delay;
        cost = cost == null ? CostRange.exactly(Money.ZERO) : cost;
    }
}
