package dev.corridor.risk;

import dev.corridor.model.Calendar;
import dev.corridor.model.Distribution;
import java.util.ArrayList;
import java.util.function.IntToDoubleFunction;

/**
 * The Arctic year in a scenario: each cycle's season of a calendar with a {@code seasonVariation}
 * opens late and closes early by that cycle's own draw, so one short summer can cost a marine stage a
 * year while the next is on time. Seasons that open in the same cycle share its draw; a season open
 * when the project starts has a draw of its own. A calendar repeats one cycle; a scenario's calendar is the calendar unrolled
 * over {@link #cycles} cycles, each season in it shortened, and repeats that in turn.
 *
 * <p>A season is a run of open periods (one that wraps from one cycle into the next is one season).
 * It opens late by round(x) and closes early by round(y) periods, x and y each drawn from [0, 0,
 * variation] under the dataset's distribution: on time is the most likely, as late as the variation
 * the least. A season that starts before the data date is history and stays as it was.
 */
final class SeasonVariation {

    /** Each season draws two points: how late it opens, how early it closes. */
    static final int DIMENSIONS_PER_CYCLE = 2;

    private SeasonVariation() {
    }

    /** How many cycles of {@code calendar} a scenario unrolls: two horizons' worth, as a scenario may run late. */
    static int cycles(Calendar calendar, int horizon) {
        return Math.max(1, (2 * horizon + calendar.cycle() - 1) / calendar.cycle());
    }

    /**
     * How many seasons draw: one per cycle, and one more for a season already open when the project
     * starts (it wraps in from the cycle before, and must not share the first cycle's draw).
     */
    static int draws(Calendar calendar, int horizon) {
        return cycles(calendar, horizon) + 1;
    }

    /** Whether the calendar's seasons vary at all: a variation, and some closed period to vary against. */
    static boolean varies(Calendar calendar) {
        return calendar.seasonVariation() > 0 && !calendar.open().isEmpty() && calendar.open().size() < calendar.cycle();
    }

    /**
     * The calendar of one scenario.
     *
     * @param u the point in [0, 1) of dimension k of this calendar, 0 <= k < DIMENSIONS_PER_CYCLE · draws
     */
    static Calendar drawn(Calendar calendar, int horizon, Integer dataDate, Distribution distribution, IntToDoubleFunction u) {
        int cycle = calendar.cycle();
        int cycles = cycles(calendar, horizon);
        int length = cycle * cycles;
        var open = new boolean[length];
        for (int t = 0; t < length; t++) {
            open[t] = calendar.isOpen(t);
        }
        int history = dataDate == null ? 0 : dataDate;
        int variation = calendar.seasonVariation();
        int t = 0;
        while (t < length) {
            if (!open[t]) {
                t++;
                continue;
            }
            int first = t;
            while (t < length && open[t]) {
                t++;
            }
            int last = t - 1;
            if (first < history) {
                continue;
            }
            // A run at period 0 that the cycle's last period leads into began before the project did:
            // it draws in the slot after the unrolled cycles', as the cycle it opened in is not one of them.
            boolean begunBefore = first == 0 && calendar.isOpen(-1);
            int index = begunBefore ? cycles : first / cycle;
            int late = begunBefore ? 0 : (int) Math.round(RangeSampler.at(distribution, 0, 0, variation,
                    u.applyAsDouble(DIMENSIONS_PER_CYCLE * index)));
            int early = (int) Math.round(RangeSampler.at(distribution, 0, 0, variation,
                    u.applyAsDouble(DIMENSIONS_PER_CYCLE * index + 1)));
            for (int k = first; k < Math.min(first + late, last + 1); k++) {
                open[k] = false;
            }
            for (int k = Math.max(first, last - early + 1); k <= last; k++) {
                open[k] = false;
            }
        }
        var offsets = new ArrayList<Integer>();
        for (int k = 0; k < length; k++) {
            if (open[k]) {
                offsets.add(k);
            }
        }
        if (offsets.isEmpty()) {
            // Every season lost in two horizons: keep the last period of the calendar's first season
            // open, so that the stages on it still finish, however late (no scenario stalls forever).
            offsets.add(calendar.open().stream().mapToInt(Integer::intValue).max().orElseThrow());
        }
        return new Calendar(calendar.id(), calendar.name(), length, offsets, 0);
    }
}
