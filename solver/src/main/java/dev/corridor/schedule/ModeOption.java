package dev.corridor.schedule;

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

    public ModeOption(String id, int stageIndex, int duration, long costMilli, int[] demand) {
        this.id = id;
        this.stageIndex = stageIndex;
        this.duration = duration;
        this.costMilli = costMilli;
        this.demand = demand.clone();
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

    public boolean usesResources() {
        return Arrays.stream(demand).anyMatch(d -> d > 0);
    }

    @Override
    public String toString() {
        return id + "(" + duration + ")";
    }
}
