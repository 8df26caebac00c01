package dev.corridor.risk;

import java.io.Serializable;

/**
 * Which scenarios to run: batch {@code number} of a run of {@code iterations} (one batch of all of
 * them, or batches of {@link RiskAnalysis#BATCH} until stable). Small and serialisable, so an engine
 * can send it to another machine, where {@link RiskAnalysis#scenario} gives the same outcome.
 */
public record ScenarioBatch(long seed, int iterations, boolean untilStable, RiskPolicy policy, int number)
        implements Serializable {

    /** How many scenarios the batch holds. */
    public int size() {
        return untilStable ? Math.min(RiskAnalysis.BATCH, iterations - number * RiskAnalysis.BATCH) : iterations;
    }

    /** How many scenarios the batches before this one hold. */
    public int offset() {
        return untilStable ? number * RiskAnalysis.BATCH : 0;
    }

    /** The seed of the batch's Latin hypercube: the run's own for one batch, else one of its own. */
    long cubeSeed() {
        return untilStable ? RiskAnalysis.batchSeed(seed, number) : seed;
    }
}
