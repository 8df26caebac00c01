package dev.corridor.check;

/**
 * A stage as the plan places it.
 *
 * @param mode the mode it runs in, or null where the plan does not say
 * @param finish the finish the plan reports, or null where it does not
 * @param path where it stands in the plan file, e.g. {@code $.stages[4]}
 */
record PlannedStage(String id, String mode, int start, Integer finish, String path) {
}
