package dev.corridor.model.plan;

import dev.corridor.model.Money;

/** One party's part of all draws, next to the bounds the dataset sets on it (null where none). */
public record PartyUse(String party, Money drawn, double share, Double min, Double max) {
}
