package dev.corridor.benchmarks.psplib;

import java.io.Serializable;

/** What became of one instance sent to an engine: its result, or why its text is not an instance. */
public record Solved(InstanceResult result, String unreadable) implements Serializable {
}
