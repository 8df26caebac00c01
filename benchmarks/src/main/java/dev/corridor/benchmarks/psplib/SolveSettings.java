package dev.corridor.benchmarks.psplib;

import java.io.Serializable;
import java.time.Duration;

/**
 * How every instance of a bench run is solved.
 *
 * @param stepLimit corridor's local-search steps, or null to stop on the time limit alone; with a step
 *                  limit corridor's schedules are the same on every run and every machine
 * @param peerThreads threads for the CP-SAT peer, or 0 for no peer
 */
public record SolveSettings(Duration timeLimit, Integer stepLimit, long seed, int peerThreads) implements Serializable {
}
