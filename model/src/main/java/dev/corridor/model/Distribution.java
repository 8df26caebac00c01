package dev.corridor.model;

/** How a range [low, mostLikely, high] is sampled in risk analysis. */
public enum Distribution {
    /** The triangular distribution through the three points. */
    TRIANGULAR,
    /** The PERT (beta) distribution with the three points, which weighs the most likely value more. */
    PERT
}
