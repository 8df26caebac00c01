package dev.corridor.model.risk;

import java.util.Arrays;

/**
 * A quantity over the iterations of a risk analysis: its mean and its 10th, 50th, 80th and 90th
 * percentiles, each the nearest-rank one (the smallest value that at least that share of the
 * iterations does not exceed), so a percentile is always a value some iteration had.
 */
public record Percentiles(double mean, double p10, double p50, double p80, double p90) {

    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No values to take percentiles of.");
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double value : sorted) {
            sum += value;
        }
        return new Percentiles(sum / sorted.length, rank(sorted, 10), rank(sorted, 50), rank(sorted, 80), rank(sorted, 90));
    }

    private static double rank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
