package dev.corridor.check;

/**
 * A stage as the plan places it.
 *
 * @param mode the mode it runs in, or null where the plan does not say
 * @param finish the finish the plan reports, or null where it does not
 * @param path where it stands in the plan file, e.g. {@code $.stages[4]}
 * @param status where the plan says it stands at the data date, or null where it does not
 * @param resume where the plan resumes the remaining work of a stage in progress, or null
 */
record PlannedStage(String id, String mode, int start, Integer finish, String path, String status, Integer resume) {
}
