package dev.corridor.check;

/**
 * A stage's progress as the dataset records it at its data date.
 *
 * @param finish the period after its last worked one, or null while it runs
 * @param mode the mode it runs in, or null for a stage with one mode
 * @param remaining worked periods still to do from the data date, or null for the default (the mode's
 *                  duration less the open periods worked since the start, and at least 1)
 */
record Progress(int start, Integer finish, String mode, Integer remaining) {
}
