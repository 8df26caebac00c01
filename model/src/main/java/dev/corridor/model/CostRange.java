package dev.corridor.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What a mode (or a risk) may cost, for risk analysis: the least, the most likely and the most,
 * low ≤ mostLikely ≤ high. The mode's own cost is what a plan spends.
 * Written as the dataset writes it, [low, mostLikely, high].
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record CostRange(Money low, Money mostLikely, Money high) {

    /** A cost known exactly. */
    public static CostRange exactly(Money amount) {
        return new CostRange(amount, amount, amount);
    }
}
