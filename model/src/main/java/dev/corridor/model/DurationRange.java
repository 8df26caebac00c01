package dev.corridor.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * How long a mode may take, in worked periods, for risk analysis: the least, the most likely and the
 * most, low ≤ mostLikely ≤ high. The mode's own duration is what a plan schedules.
 * Written as the dataset writes it, [low, mostLikely, high].
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record DurationRange(int low, int mostLikely, int high) {

    /** A duration known exactly. */
    public static DurationRange exactly(int periods) {
        return new DurationRange(periods, periods, periods);
    }
}
