package dev.corridor.model.plan;

/** The present-value cost of one more unit of spend in a period. */
public record PeriodPrice(int period, double value) {
}
