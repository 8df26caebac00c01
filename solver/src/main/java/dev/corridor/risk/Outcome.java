package dev.corridor.risk;

import java.util.Map;

/**
 * What one scenario came to.
 *
 * @param durations each stage's duration as it ran
 * @param critical whether each stage is on a critical chain
 * @param npv its net present value, financed at least cost; NaN without tranches
 * @param shortByYear money short in each calendar year, by year; empty without tranches
 * @param spent what had been spent by the end of each period, up to the finish
 */
record Outcome(int finish, int[] systemFinish, double cost, int[] durations, boolean[] critical, double npv,
        Map<Integer, Double> shortByYear, double[] spent, ScenarioDraw draw) {
}
