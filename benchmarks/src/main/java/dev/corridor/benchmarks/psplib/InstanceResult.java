package dev.corridor.benchmarks.psplib;

/**
 * One instance of a benchmark run.
 *
 * @param criticalPath the critical-path lower bound
 * @param lowerBound the best known lower bound, or null
 * @param bestKnown the best known makespan, or null
 * @param baseline the makespan of the LFT priority rule without search
 * @param checked true when the independent checker found nothing wrong with the plan
 * @param moves the moves corridor's search evaluated
 * @param peer the peer's result on the same instance, or null when no peer ran
 */
public record InstanceResult(String instance, int makespan, boolean feasible, boolean checked, int criticalPath,
        Integer lowerBound, Integer bestKnown, int baseline, long millis, long moves, PeerResult peer)
        implements java.io.Serializable {

    /**
     * The peer's makespan (-1 when it found no schedule), whether the independent checker accepted
     * its schedule (never when it found none), and whether it proved it optimal.
     */
    public record PeerResult(int makespan, boolean checked, boolean optimal, long millis) implements java.io.Serializable {

        boolean found() {
            return makespan >= 0;
        }

        /** A schedule found that the checker rejects. */
        boolean broken() {
            return found() && !checked;
        }
    }

    double aboveCriticalPath() {
        return 100.0 * (makespan - criticalPath) / criticalPath;
    }

    Double aboveBestKnown() {
        return bestKnown == null ? null : 100.0 * (makespan - bestKnown) / bestKnown;
    }

    boolean provenOptimal() {
        return lowerBound != null && bestKnown != null && lowerBound.equals(bestKnown) && makespan == bestKnown;
    }
}
