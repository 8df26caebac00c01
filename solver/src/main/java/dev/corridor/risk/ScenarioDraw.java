package dev.corridor.risk;

import dev.corridor.model.Calendar;
import dev.corridor.model.Distribution;
import dev.corridor.model.Mode;
import java.util.List;
import java.util.Map;

/**
 * What one scenario drew, before any plan meets it: each stage's point in its duration and cost
 * ranges (the same point for every mode of the stage, so a mode that is long in one scenario is
 * long in all of its modes' terms), what the risks that occurred add to each stage, which risks
 * occurred, the tranches withdrawn (by id, the period they go from) and the calendars with the
 * scenario's seasons.
 *
 * @param fixed whether stage s is started (history: nothing drawn)
 */
record ScenarioDraw(Distribution distribution, boolean[] fixed, double[] durationPoint, double[] costPoint,
        int[] extraDelay, long[] extraCost, boolean[] occurred, Map<String, Integer> withdrawn, List<Calendar> calendars) {

    /** How long stage {@code s} runs in {@code mode} in this scenario, risks included. */
    int duration(int s, Mode mode) {
        if (fixed[s]) {
            return mode.duration();
        }
        var range = mode.durationRange();
        int drawn = range == null ? mode.duration()
                : (int) Math.round(RangeSampler.at(distribution, range.low(), range.mostLikely(), range.high(), durationPoint[s]));
        return drawn + extraDelay[s];
    }

    /** What stage {@code s} costs in {@code mode} in this scenario, in thousandths, risks included. */
    long cost(int s, Mode mode) {
        if (fixed[s]) {
            return mode.cost().thousandths();
        }
        var range = mode.costRange();
        long drawn = range == null ? mode.cost().thousandths()
                : Math.round(RangeSampler.at(distribution, range.low().thousandths(), range.mostLikely().thousandths(),
                        range.high().thousandths(), costPoint[s]));
        return drawn + extraCost[s];
    }
}
