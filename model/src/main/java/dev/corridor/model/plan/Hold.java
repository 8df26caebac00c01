package dev.corridor.model.plan;

/** What keeps a stage from starting one period earlier than it does. */
public enum Hold {
    /** It starts in the first period of the project. */
    PROJECT_START,
    /** Its release date: it may not start before. */
    RELEASE,
    /** A precedence link from an earlier stage. */
    PREDECESSOR,
    /** A renewable resource is fully booked (by other stages, or its capacity is lower) just before. */
    RESOURCE,
    /** Its calendar is closed from its precedence-earliest start until it starts. */
    SEASON,
    /** Starting earlier would overspend a budget cap. */
    BUDGET,
    /** Starting earlier would spend more before a tranche opens than the tranches open by then hold. */
    MONEY,
    /** Nothing: it could start earlier; the search placed it later (to spend later, say). */
    NOTHING,
    /** It started before the data date: its start is history. */
    PROGRESS;

    /** As a planner reads it: "project start", "resource". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
