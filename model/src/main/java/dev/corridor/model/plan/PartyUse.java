package dev.corridor.model.plan;

/** One party's part of all draws, next to the bounds the dataset sets on it (null where none). */
public record PartyUse(String party, double drawn, double share, Double min, Double max) {
}
