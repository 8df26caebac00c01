package dev.corridor;

import dev.corridor.risk.ScenarioEngine;

/**
 * Somewhere other than this machine's threads to run a risk analysis's scenarios, such as a Spark
 * cluster. Found by {@link java.util.ServiceLoader} through {@link RiskEngine.Provider}, so the core
 * modules do not depend on any cluster's libraries. Closing it releases the cluster.
 */
public interface RiskEngine extends AutoCloseable {

    /** The engine that runs {@code job}'s scenarios. */
    ScenarioEngine scenarios(RiskJob job);

    @Override
    void close();

    /** Makes engines of one kind: {@code name} is what {@code --engine} names. */
    interface Provider {

        String name();

        /**
         * An engine on {@code master} (its own default when null), running at most {@code threads}
         * scenarios at once where that is the engine's to choose.
         */
        RiskEngine open(String master, int threads);
    }
}
