package dev.corridor.model;

/** Bounds on one party's share of all draws, as fractions between 0 and 1. */
public record ShareBounds(double min, double max) {
}
