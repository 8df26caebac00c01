package dev.corridor.model.plan;

/** How much of a non-renewable stock the plan's modes use up, against what the project has. */
public record StockUse(String id, String name, int used, int capacity) {
}
