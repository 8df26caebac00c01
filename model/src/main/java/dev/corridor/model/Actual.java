package dev.corridor.model;

/**
 * What has happened to a stage by the project's data date, as a progress update records it.
 * Periods, like every date in a dataset, count from the project start; {@code finish} is the first
 * period after the stage's last worked one, as a plan's finish is.
 *
 * @param start the period the stage started in (before the data date)
 * @param finish the period after its last worked one, if it has finished (on or before the data date); null while it runs
 * @param mode the mode it runs in; null for a stage with only one
 * @param remaining worked periods still to do from the data date, for a stage that has started and
 *                  not finished; null for the mode's duration less the periods worked so far
 */
public record Actual(int start, Integer finish, String mode, Integer remaining) {

    public boolean hasFinished() {
        return finish != null;
    }
}
