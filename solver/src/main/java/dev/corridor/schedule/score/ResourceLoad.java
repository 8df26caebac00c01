package dev.corridor.schedule.score;

import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ResourceSpec;
import java.util.Arrays;
import java.util.Collection;

/**
 * How far the stages holding one resource exceed its capacity: units over capacity, summed over
 * periods. Computed by sweeping the start and end of each run of worked periods rather than period
 * by period, so a plan spanning decades costs no more to check than one spanning months.
 */
final class ResourceLoad {

    private ResourceLoad() {
    }

    static long overload(ResourceSpec resource, Collection<StageJob> jobs) {
        int events = resource.changeFrom().length;
        for (var job : jobs) {
            events += 2 * job.workSegments().length;
        }
        // Each event packs (period, change in units) into one long so a single sort orders them by period.
        var packed = new long[events];
        int e = 0;
        for (int change : resource.changeFrom()) {
            packed[e++] = pack(change, 0);
        }
        for (var job : jobs) {
            int units = job.getMode().demand(resource.index());
            for (var segment : job.workSegments()) {
                packed[e++] = pack(segment[0], units);
                packed[e++] = pack(segment[1], -units);
            }
        }
        Arrays.sort(packed);
        long overload = 0;
        int used = 0;
        for (int i = 0; i < packed.length; i++) {
            used += delta(packed[i]);
            int period = period(packed[i]);
            int next = i + 1 < packed.length ? period(packed[i + 1]) : period;
            // Before the data date use is history, which no plan can change.
            int from = Math.max(period, resource.bindsFrom());
            if (next > from) {
                int over = used - resource.capacityAt(period);
                if (over > 0) {
                    overload += (long) over * (next - from);
                }
            }
        }
        return overload;
    }

    private static long pack(int period, int delta) {
        return ((long) period << 32) + (delta + 0x4000_0000L);
    }

    private static int period(long packed) {
        return (int) (packed >> 32);
    }

    private static int delta(long packed) {
        return (int) ((packed & 0xFFFF_FFFFL) - 0x4000_0000L);
    }
}
