package dev.corridor.model.plan;

import dev.corridor.model.Money;
import java.time.LocalDate;

/** How one candidate plan came out, for comparing ways of planning. */
public record Outcome(int makespan, LocalDate finishDate, boolean feasible, Money financingCost, Money gap,
        Valuation value) {
}
