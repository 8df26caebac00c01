package dev.corridor.model;

/** From period {@code from} on, the resource has {@code capacity} units (until the next change). */
public record CapacityChange(int from, int capacity) {
}
