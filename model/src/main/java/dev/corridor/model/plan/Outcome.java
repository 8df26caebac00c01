package dev.corridor.model.plan;

import java.time.LocalDate;

/** How one candidate plan came out, for comparing ways of planning. */
public record Outcome(int makespan, LocalDate finishDate, boolean feasible, double financingCost, double gap,
        Valuation value) {
}
