package dev.corridor.schedule.decode;

import dev.corridor.model.Money;
import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How the bookings a stage meets in a changed list differ from those it met in the list decoded
 * before: units per resource and period, spend per budget window. A stage's search for a start need
 * not look again where it met too much before and meets no less now; where no difference is left at
 * all, the rest of the list decodes as before.
 */
final class ProfileDelta {

    private final ScheduleProblem problem;
    private final int[][] windowsAt;
    private final List<BudgetWindow> windows;
    private int[][] units;
    /** The periods where units differ, per resource. */
    private final BitSet[] unitsDiffer;
    /** The periods where fewer units are booked than before, per resource. */
    private final BitSet[] unitsDrop;
    private final long[] spend;
    private final BitSet spendDiffers;
    private final BitSet spendDrops;
    private int differences;

    ProfileDelta(ScheduleProblem problem, int[][] windowsAt) {
        this.problem = problem;
        this.windowsAt = windowsAt;
        this.windows = problem.budgetWindows();
        int resources = problem.resources().size();
        this.units = new int[resources][Math.max(16, problem.horizon() + 1)];
        this.unitsDiffer = new BitSet[resources];
        this.unitsDrop = new BitSet[resources];
        for (int r = 0; r < resources; r++) {
            unitsDiffer[r] = new BitSet();
            unitsDrop[r] = new BitSet();
        }
        this.spend = new long[windows.size()];
        this.spendDiffers = new BitSet();
        this.spendDrops = new BitSet();
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
            }
            differ.clear();
            unitsDrop[r].clear();
        }
        for (int w = spendDiffers.nextSetBit(0); w >= 0; w = spendDiffers.nextSetBit(w + 1)) {
            spend[w] = 0;
        }
        spendDiffers.clear();
        spendDrops.clear();
        differences = 0;
    }

    /**
     * The first period in [from, to) where a stage in {@code mode} would meet less than before: fewer
     * units of a resource it needs, or less spend in a budget window it could spend in, of those that
     * turned down a start in its search before ({@code blockedBy}); MAX_VALUE if none. A start that
     * did not fit before fits now only if its work reaches such a period, for wherever it met too
     * much before it meets as much or more now.
     */
    int firstDrop(ModeOption mode, long blockedBy, int from, int to) {
        int first = Integer.MAX_VALUE;
        if (differences == 0 || from >= to) {
            return first;
        }
        for (int r = 0; r < units.length; r++) {
            if (mode.demand(r) > 0 && (blockedBy & SerialScheduleGenerator.resourceBit(r)) != 0) {
                int p = unitsDrop[r].nextSetBit(from);
                if (p >= 0 && p < to) {
                    first = Math.min(first, p);
                }
            }
        }
        if (mode.costMilli() > 0 && (blockedBy & SerialScheduleGenerator.BUDGET) != 0) {
            for (int w = spendDrops.nextSetBit(0); w >= 0; w = spendDrops.nextSetBit(w + 1)) {
                var window = windows.get(w);
                if (window.from() < to && window.to() > from) {
                    first = Math.min(first, Math.max(from, window.from()));
                }
            }
        }
        return first;
    }

    /** Whether anything a stage in {@code mode} would book or be checked against in [from, to) differs. */
    boolean differsIn(ModeOption mode, int from, int to) {
        if (differences == 0 || from >= to) {
            return false;
        }
        for (int r = 0; r < units.length; r++) {
            if (mode.demand(r) > 0) {
                int p = unitsDiffer[r].nextSetBit(from);
                if (p >= 0 && p < to) {
                    return true;
                }
            }
        }
        if (mode.costMilli() > 0) {
            for (int w = spendDiffers.nextSetBit(0); w >= 0; w = spendDiffers.nextSetBit(w + 1)) {
                var window = windows.get(w);
                if (window.from() < to && window.to() > from) {
                    return true;
                }
            }
        }
        return false;
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
        if ((before < 0) != (after < 0)) {
            unitsDrop[r].set(p, after < 0);
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
        if ((before < 0) != (after < 0)) {
            spendDrops.set(w, after < 0);
        }
    }
}
