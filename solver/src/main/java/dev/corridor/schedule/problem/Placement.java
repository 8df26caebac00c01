package dev.corridor.schedule.problem;

/**
 * When a stage runs: its first worked period, the period after its last, and the first period of
 * the work still to do, which is its start but for a stage in progress at the data date (there, the
 * period its remaining work resumes).
 */
public record Placement(int start, int finish, int resume) {

    /** A stage that runs unbroken by progress from its start. */
    public Placement(int start, int finish) {
        this(start, finish, start);
    }
}
