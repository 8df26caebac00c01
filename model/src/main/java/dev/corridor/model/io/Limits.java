package dev.corridor.model.io;

/** Bounds beyond which a number in a dataset is surely a mistake, not a plan. */
final class Limits {

    /** About 270 years of days: no real plan needs more periods. */
    static final int MAX_PERIOD = 100_000;
    static final int MAX_UNITS = 1_000_000;
    static final int MAX_CYCLE = 10_000;
    /** Deeper JSON than this is no dataset; it is refused before it can exhaust the stack. */
    static final int MAX_NESTING = 64;

    private Limits() {
    }
}
