package dev.corridor.risk;

/** Watches a risk analysis from outside: hears how many scenarios are done, and may stop it (Ctrl-C). */
public interface RiskWatch {

    /** Nothing watches and nothing stops. */
    RiskWatch NONE = new RiskWatch() {
    };

    /** {@code done} scenarios of at most {@code of} have run; called from the worker threads. */
    default void progress(int done, int of) {
    }

    /** True once the run should end: the scenarios done are reported, marked stopped. */
    default boolean isStopped() {
        return false;
    }
}
