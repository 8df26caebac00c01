package dev.corridor.benchmarks.psplib;

import java.util.List;

/**
 * Somewhere other than this machine to solve a bench run's instances, such as a Spark cluster;
 * found by {@link java.util.ServiceLoader} through {@link BenchEngine.Provider}. Closing it releases
 * the cluster.
 */
public interface BenchEngine extends AutoCloseable {

    /**
     * Each item solved as {@link InstanceSolver#solve} solves it, in the items' order; an item whose
     * text is not an instance comes back with the reason, and the rest are solved.
     */
    List<Solved> solve(List<BenchItem> items, SolveSettings settings);

    @Override
    void close();

    /** Makes engines of one kind: {@code name} is what {@code --engine} names. */
    interface Provider {

        String name();

        /** An engine on {@code master} (its own default when null). */
        BenchEngine open(String master);
    }
}
