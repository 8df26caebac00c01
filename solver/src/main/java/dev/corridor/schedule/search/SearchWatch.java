package dev.corridor.schedule.search;

/**
 * Watches one running search from outside: it hears of every better plan, and it may stop the
 * search (from any thread; a stop that comes before the search begins makes it take no step).
 */
public interface SearchWatch {

    /** Watches nothing and never stops. */
    SearchWatch NONE = new SearchWatch() {
        @Override
        public boolean isStopped() {
            return false;
        }

        @Override
        public void running(Runnable stop) {
        }

        @Override
        public void improved(String bestScore, int makespan, boolean feasible) {
        }
    };

    boolean isStopped();

    /** The search now running: {@code stop} ends it at its next step; null once it has ended. */
    void running(Runnable stop);

    /** The search holds a better plan. */
    void improved(String bestScore, int makespan, boolean feasible);
}
