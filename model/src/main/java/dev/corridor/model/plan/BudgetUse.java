package dev.corridor.model.plan;

import dev.corridor.model.Money;

/** Spend inside one budget window [from, to) against its cap. */
public record BudgetUse(int from, int to, Money max, Money spent) {
}
