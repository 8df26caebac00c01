package dev.corridor.schedule.problem;

/** Money one stage spends in one period, in thousandths of the money unit. */
public record Spend(int period, long milli) {
}
