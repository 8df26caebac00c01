package dev.corridor.schedule.problem;

/** A non-renewable resource compiled for the scheduler: one stock for the whole project. */
public record StockSpec(int index, String id, String name, int capacity) {
}
