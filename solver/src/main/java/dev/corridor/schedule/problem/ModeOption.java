package dev.corridor.schedule.problem;

import java.util.Arrays;

/**
 * One mode of one stage, compiled for fast decoding: demand is an array indexed like the
 * problem's resources. The planning value of {@link StageJob#getMode()}.
 */
public final class ModeOption {

    private final String id;
    private final int stageIndex;
    private final int duration;
    private final long costMilli;
    private final int[] demand;
    private final int[] consumption;
    /** Bit r for each resource r below 64 the mode needs. */
    private final long resourceMask;
    /**
     * Kept, not worked out when asked: the score's filters ask for them on every change of every
     * stage, and streaming the arrays each time was a twentieth of a J30 search's time.
     */
    private final boolean usesResources;
    private final boolean consumesStock;

    public ModeOption(String id, int stageIndex, int duration, long costMilli, int[] demand) {
        this(id, stageIndex, duration, costMilli, demand, new int[0]);
    }

    /** @param consumption what the mode uses up of each non-renewable stock, in all */
    public ModeOption(String id, int stageIndex, int duration, long costMilli, int[] demand, int[] consumption) {
        this.id = id;
        this.stageIndex = stageIndex;
        this.duration = duration;
        this.costMilli = costMilli;
        this.demand = demand.clone();
        this.consumption = consumption.clone();
        long mask = 0;
        for (int r = 0; r < Math.min(64, demand.length); r++) {
            if (demand[r] > 0) {
                mask |= 1L << r;
            }
        }
        this.resourceMask = mask;
        this.usesResources = Arrays.stream(this.demand).anyMatch(d -> d > 0);
        this.consumesStock = Arrays.stream(this.consumption).anyMatch(c -> c > 0);
    }

    /** This mode lasting {@code periods} worked periods instead, at the same cost and demand. */
    public ModeOption withDuration(int periods) {
        return new ModeOption(id, stageIndex, periods, costMilli, demand, consumption);
    }

    public String id() {
        return id;
    }

    public int stageIndex() {
        return stageIndex;
    }

    public int duration() {
        return duration;
    }

    public long costMilli() {
        return costMilli;
    }

    public int demand(int resource) {
        return demand[resource];
    }

    /** Bit r set for each resource r the mode needs, of the first 64 (a problem with more must not use this). */
    public long resourceMask() {
        return resourceMask;
    }

    public int consumption(int stock) {
        return stock < consumption.length ? consumption[stock] : 0;
    }

    public boolean consumesStock() {
        return consumesStock;
    }

    public boolean usesResources() {
        return usesResources;
    }

    @Override
    public String toString() {
        return id + "(" + duration + ")";
    }
}
