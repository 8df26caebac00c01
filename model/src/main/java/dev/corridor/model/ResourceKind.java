package dev.corridor.model;

/** How a resource is used up. */
public enum ResourceKind {
    /** Crews and machines: units held while a stage works and given back after. */
    RENEWABLE,
    /**
     * A stock for the whole project (materials, a permit quota): each mode consumes a total amount,
     * whenever it runs; {@code capacity} is what there is in all.
     */
    NONRENEWABLE
}
