package dev.corridor.risk;

import java.io.Serializable;
import java.util.Map;

/**
 * What one scenario came to: small and serialisable, so that it can come back from another machine.
 *
 * @param durations each stage's duration as it ran
 * @param critical whether each stage is on a critical chain
 * @param npv its net present value, financed at least cost; NaN without tranches
 * @param shortByYear money short in each calendar year, by year; empty without tranches
 * @param spent what had been spent by the end of each period, up to the finish
 * @param occurred whether each risk occurred
 * @param durationPoint each stage's point in its duration range, in [0, 1)
 */
public record Outcome(int finish, int[] systemFinish, double cost, int[] durations, boolean[] critical, double npv,
        Map<Integer, Double> shortByYear, double[] spent, boolean[] occurred, double[] durationPoint)
        implements Serializable {
}
