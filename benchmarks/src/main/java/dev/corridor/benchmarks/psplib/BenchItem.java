package dev.corridor.benchmarks.psplib;

import java.io.Serializable;

/**
 * One instance to solve, as text, so it can be sent to another machine: its name, its PSPLIB file's
 * content, and its known bounds (null where none is known).
 */
public record BenchItem(String name, String text, Integer lowerBound, Integer bestKnown) implements Serializable {
}
