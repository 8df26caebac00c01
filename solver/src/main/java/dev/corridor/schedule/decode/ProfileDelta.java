package dev.corridor.schedule.decode;

import dev.corridor.model.Money;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;
import java.util.BitSet;

/**
 * How the bookings a stage meets in a changed list differ from those it met in the list decoded
 * before: units per resource and period, spend per budget window. A start turned down before for
 * too many units in a period, or too much spend in a window, is turned down again unless that fell;
 * a start that fitted fits still if what it meets rose by no more than the room it left. Where no
 * difference is left at all, the rest of the list decodes as before.
 */
final class ProfileDelta {

    private final ScheduleProblem problem;
    private final int[][] windowsAt;
    private final int[] windowFrom;
    private final int[] windowTo;
    private int[][] units;
    /** The periods where units differ, per resource. */
    private final BitSet[] unitsDiffer;
    /**
     * Per period, bit r set where resource r's units rose, for up to 64 resources: a stage asks
     * this of every period it works, so one word per period answers for all its resources.
     */
    private long[] risingResources;
    /** The periods where some resource rose: those whose word in {@link #risingResources} is not 0. */
    private final BitSet risingPeriods = new BitSet();
    private final boolean masked;
    private final long[] spend;
    private final BitSet spendDiffers;
    private final BitSet spendRises;
    private int differences;

    ProfileDelta(ScheduleProblem problem, int[][] windowsAt) {
        this.problem = problem;
        this.windowsAt = windowsAt;
        this.windowFrom = problem.budgetWindows().stream().mapToInt(BudgetWindow::from).toArray();
        this.windowTo = problem.budgetWindows().stream().mapToInt(BudgetWindow::to).toArray();
        int resources = problem.resources().size();
        this.units = new int[resources][Math.max(16, problem.horizon() + 1)];
        this.masked = resources <= 64;
        this.risingResources = new long[Math.max(16, problem.horizon() + 1)];
        this.unitsDiffer = new BitSet[resources];
        for (int r = 0; r < resources; r++) {
            unitsDiffer[r] = new BitSet();
        }
        this.spend = new long[windowFrom.length];
        this.spendDiffers = new BitSet();
        this.spendRises = new BitSet();
    }

    /** No difference left anywhere. */
    boolean isEmpty() {
        return differences == 0;
    }

    void clear() {
        for (int r = 0; r < units.length; r++) {
            var differ = unitsDiffer[r];
            for (int p = differ.nextSetBit(0); p >= 0; p = differ.nextSetBit(p + 1)) {
                units[r][p] = 0;
                risingResources[p] = 0;
            }
            differ.clear();
        }
        for (int w = spendDiffers.nextSetBit(0); w >= 0; w = spendDiffers.nextSetBit(w + 1)) {
            spend[w] = 0;
        }
        spendDiffers.clear();
        spendRises.clear();
        risingPeriods.clear();
        differences = 0;
    }

    /** How many units of resource {@code r} more than before are booked in period {@code p} (less if negative). */
    int unitsAt(int r, int p) {
        return p < units[r].length ? units[r][p] : 0;
    }

    /** How much more spend than before is booked in budget window {@code w} (less if negative). */
    long spendIn(int w) {
        return spend[w];
    }

    /** The most units more than before that a stage in {@code mode} meets in one period of [from, to); 0 if none. */
    int unitRise(ModeOption mode, int from, int to) {
        int most = 0;
        if (differences == 0 || from >= to) {
            return most;
        }
        if (masked) {
            int p = risingPeriods.nextSetBit(from);
            if (p < 0 || p >= to) {
                // Nothing rose there: the mode need not be read (the walk passes thousands of stages).
                return most;
            }
            long needs = mode.resourceMask();
            for (; p >= 0 && p < to; p = risingPeriods.nextSetBit(p + 1)) {
                for (long rising = risingResources[p] & needs; rising != 0; rising &= rising - 1) {
                    most = Math.max(most, units[Long.numberOfTrailingZeros(rising)][p]);
                }
            }
            return most;
        }
        // More resources than a word has bits: read the differences themselves.
        for (int r = 0; r < units.length; r++) {
            if (mode.demand(r) > 0) {
                for (int p = from, end = Math.min(to, units[r].length); p < end; p++) {
                    most = Math.max(most, units[r][p]);
                }
            }
        }
        return most;
    }

    /** The most spend more than before in one budget window that a stage in {@code mode} working in [from, to) spends in. */
    long spendRise(ModeOption mode, int from, int to) {
        return mode.costMilli() == 0 ? 0 : spendRise(from, to);
    }

    /** The most spend more than before in one budget window that overlaps [from, to); 0 if none. */
    long spendRise(int from, int to) {
        long most = 0;
        if (differences == 0 || from >= to) {
            return most;
        }
        for (int w = spendRises.nextSetBit(0); w >= 0; w = spendRises.nextSetBit(w + 1)) {
            if (windowFrom[w] < to && windowTo[w] > from) {
                most = Math.max(most, spend[w]);
            }
        }
        return most;
    }

    /** Adds the differences to the generator's bookings. */
    void addTo(SerialScheduleGenerator generator) {
        for (int r = 0; r < units.length; r++) {
            var differ = unitsDiffer[r];
            for (int p = differ.nextSetBit(0); p >= 0; p = differ.nextSetBit(p + 1)) {
                generator.adjustUsage(r, p, units[r][p]);
            }
        }
        for (int w = spendDiffers.nextSetBit(0); w >= 0; w = spendDiffers.nextSetBit(w + 1)) {
            generator.adjustSpend(w, spend[w]);
        }
    }

    /** Adds ({@code sign} 1) or takes away (-1) the bookings of a stage placed at {@code placement} in {@code mode}. */
    void add(int stage, ModeOption mode, Placement placement, int sign) {
        int duration = mode.duration();
        if (duration == 0) {
            return;
        }
        var periods = problem.stage(stage).workedPeriods(placement, duration);
        for (int k = 0; k < periods.length; k++) {
            int p = periods[k];
            if (p < 0) {
                continue;
            }
            for (int r = 0; r < units.length; r++) {
                int demand = mode.demand(r);
                if (demand != 0) {
                    addUnits(r, p, sign * demand);
                }
            }
            if (p < windowsAt.length && mode.costMilli() != 0) {
                long amount = sign * Money.spendInWorkedPeriod(mode.costMilli(), duration, k);
                for (int w : windowsAt[p]) {
                    addSpend(w, amount);
                }
            }
        }
    }

    private void addUnits(int r, int p, int amount) {
        if (p >= units[r].length) {
            int length = Math.max(p + 1, units[r].length * 2);
            for (int i = 0; i < units.length; i++) {
                units[i] = Arrays.copyOf(units[i], length);
            }
            risingResources = Arrays.copyOf(risingResources, length);
        }
        int before = units[r][p];
        int after = before + amount;
        units[r][p] = after;
        if (before == 0 && after != 0) {
            unitsDiffer[r].set(p);
            differences++;
        } else if (before != 0 && after == 0) {
            unitsDiffer[r].clear(p);
            differences--;
        }
        if (masked && (before > 0) != (after > 0)) {
            long was = risingResources[p];
            risingResources[p] = was ^ 1L << r;
            if (was == 0) {
                risingPeriods.set(p);
            } else if (risingResources[p] == 0) {
                risingPeriods.clear(p);
            }
        }
    }

    private void addSpend(int w, long amount) {
        long before = spend[w];
        long after = before + amount;
        spend[w] = after;
        if (before == 0 && after != 0) {
            spendDiffers.set(w);
            differences++;
        } else if (before != 0 && after == 0) {
            spendDiffers.clear(w);
            differences--;
        }
        if ((before > 0) != (after > 0)) {
            spendRises.set(w, after > 0);
        }
    }
}
