package dev.corridor.model.plan;

import dev.corridor.model.Money;

/** Money drawn from one tranche in one period. */
public record Draw(String tranche, int period, Money amount) {
}
