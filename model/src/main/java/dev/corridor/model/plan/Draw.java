package dev.corridor.model.plan;

/** Money drawn from one tranche in one period. */
public record Draw(String tranche, int period, double amount) {
}
