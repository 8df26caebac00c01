package dev.corridor.model.plan;

/** Where a stage stands at the data date of a progressed plan. */
public enum StageStatus {
    /** Finished before the data date: its dates and mode are history. */
    COMPLETE,
    /** Started before the data date: its start and mode are history, its remaining work is planned. */
    IN_PROGRESS,
    /** Not started: planned from the data date on. */
    NOT_STARTED
}
