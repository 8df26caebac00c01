package dev.corridor.model;

/**
 * The four precedence relations. With lag L between predecessor a and successor b:
 * FS start(b) ≥ finish(a)+L, SS start(b) ≥ start(a)+L, FF finish(b) ≥ finish(a)+L,
 * SF finish(b) ≥ start(a)+L.
 */
public enum LinkType {
    FS,
    SS,
    FF,
    SF
}
