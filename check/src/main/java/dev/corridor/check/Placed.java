package dev.corridor.check;

/**
 * A stage where the plan puts it, with what the dataset makes of that: its worked periods by its
 * calendar and the finish they imply (the period after the last; the start for a stage of no
 * duration).
 */
record Placed(Stage stage, Mode mode, PlannedStage planned, int[] worked, int finish, int resume) {

    int start() {
        return planned.start();
    }

    /** Whether the dataset records it as started, so that its start, mode and worked history are fact. */
    boolean started() {
        return stage.progress() != null;
    }
}
