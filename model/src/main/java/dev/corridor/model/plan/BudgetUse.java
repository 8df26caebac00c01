package dev.corridor.model.plan;

/** Spend inside one budget window [from, to) against its cap. */
public record BudgetUse(int from, int to, double max, double spent) {
}
