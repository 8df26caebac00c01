package dev.corridor.model.risk;

/**
 * A point of the cumulative cost S-curve: what has been spent by the end of {@code period} in the
 * 10th, 50th and 90th percentile scenario of that period (each period ranked on its own, so the P50
 * curve need not be any one scenario's).
 */
public record CostPoint(int period, double p10, double p50, double p90) {
}
