package dev.corridor.model;

/**
 * What a link means once its successor has started before its predecessor finished (progress out
 * of sequence), as Primavera P6 lets the scheduler choose.
 */
public enum OutOfSequence {
    /** The rest of the started successor waits for its unfinished predecessor, as the link says. P6's default. */
    RETAINED_LOGIC,
    /** The link is ignored once its successor has started. */
    PROGRESS_OVERRIDE
}
