package dev.corridor.model;

/** The corridor's systems: each opens when its last stage is done. SHARED works serve all of them. */
public enum CorridorSystem {
    FREIGHT,
    ENERGY,
    DATA,
    SHARED
}
