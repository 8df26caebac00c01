package dev.corridor.schedule.score;

import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ResourceSpec;
import java.util.Arrays;

/**
 * The units of one resource booked in each period, and how far they exceed its capacity (units over
 * capacity, summed over the periods from the one its capacity binds from), kept up to date as
 * stages come and go. A move changes the placements of a few stages; the overload then changes by
 * what their periods change, where summing the resource's whole load again cost a sort of every
 * stage holding it on every move that touched one.
 */
final class ResourceLoad {

    private ResourceSpec resource;
    private int[] used = new int[0];
    /** Capacity per period, for the periods {@link #used} covers. */
    private int[] capacity = new int[0];
    private long overload;

    /** The collector that keeps one load per resource, as its overload. */
    static BiConstraintCollector<StageJob, ResourceSpec, ResourceLoad, Overload> overloads() {
        return new Collector<>(ResourceLoad::new, ResourceLoad::book, load -> new Overload(load.resource, load.overload));
    }

    /** Books a stage's units in its worked periods; the runnable takes them off again as booked. */
    private Runnable book(StageJob job, ResourceSpec of) {
        resource = of;
        int units = job.getMode().demand(of.index());
        int[][] segments = job.workSegments();
        add(segments, units);
        return () -> add(segments, -units);
    }

    private void add(int[][] segments, int units) {
        for (int[] segment : segments) {
            cover(segment[1]);
            for (int period = Math.max(0, segment[0]); period < segment[1]; period++) {
                long before = over(period);
                used[period] += units;
                overload += over(period) - before;
            }
        }
    }

    private long over(int period) {
        return period < resource.bindsFrom() ? 0 : Math.max(0, used[period] - capacity[period]);
    }

    private void cover(int periods) {
        if (periods > used.length) {
            int length = Math.max(periods, used.length * 2);
            int from = used.length;
            used = Arrays.copyOf(used, length);
            capacity = Arrays.copyOf(capacity, length);
            for (int period = from; period < length; period++) {
                capacity[period] = resource.capacityAt(period);
            }
        }
    }
}
