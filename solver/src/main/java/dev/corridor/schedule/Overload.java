package dev.corridor.schedule;

/** A resource booked beyond its capacity: units over, summed over periods. */
public record Overload(ResourceSpec resource, long units) {
}
