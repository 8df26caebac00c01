package dev.corridor.schedule.score;

import dev.corridor.schedule.problem.BudgetWindow;

/** A budget window spent beyond its cap: by how many money units, rounded up. */
public record Overspend(BudgetWindow window, long units) {
}
