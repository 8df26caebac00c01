package dev.corridor.schedule.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import dev.corridor.schedule.StageJob;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the latest finish among stages: the makespan, or a system's opening. Finish periods are
 * counted in an array, so a stage that moves costs two array updates. Nearly every placement
 * changes on every move, and the general maximum keeps a sorted tree, which was a tenth of a search's
 * time on PSPLIB.
 */
final class LatestFinish implements UniConstraintCollector<StageJob, LatestFinish.Counts, Integer> {

    @Override
    public Supplier<Counts> supplier() {
        return Counts::new;
    }

    @Override
    public BiFunction<Counts, StageJob, Runnable> accumulator() {
        return (counts, job) -> {
            int finish = job.finish();
            counts.add(finish);
            return () -> counts.remove(finish);
        };
    }

    @Override
    public Function<Counts, Integer> finisher() {
        return Counts::latest;
    }

    /** How many stages finish in each period, and an upper bound on the latest of them. */
    static final class Counts {

        private int[] count = new int[64];
        private int size;
        private int latest = -1;

        void add(int finish) {
            if (finish >= count.length) {
                count = Arrays.copyOf(count, Math.max(finish + 1, count.length * 2));
            }
            count[finish]++;
            size++;
            latest = Math.max(latest, finish);
        }

        void remove(int finish) {
            count[finish]--;
            size--;
        }

        /** The latest finish, or null with no stage: lowered lazily past periods that emptied. */
        Integer latest() {
            if (size == 0) {
                return null;
            }
            while (count[latest] == 0) {
                latest--;
            }
            return latest;
        }
    }
}
