package dev.corridor.schedule.problem;

/** What the medium score level measures, after feasibility. */
public enum Objective {
    /** The last stage finishes as early as possible. */
    MAKESPAN,
    /** The dataset's milestones finish early, by weight. */
    MILESTONES,
    /**
     * Opening value forgone, plus spend and its financing, all in present value: chosen when the
     * dataset gives the systems an opening value.
     */
    NET_PRESENT_VALUE
}
