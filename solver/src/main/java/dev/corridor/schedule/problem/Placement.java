package dev.corridor.schedule.problem;

/** When a stage runs: its first worked period and the period after its last. */
public record Placement(int start, int finish) {
}
