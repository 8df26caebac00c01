package dev.corridor.model.plan;

import dev.corridor.model.Money;
import dev.corridor.model.TrancheKind;

/**
 * One tranche over the whole plan.
 *
 * @param cap the most that could be drawn
 * @param charges present value of what this tranche cost (interest, fees, commitment fees, cost of equity)
 */
public record TrancheUse(String id, String party, TrancheKind kind, Money cap, Money drawn, Money charges) {
}
