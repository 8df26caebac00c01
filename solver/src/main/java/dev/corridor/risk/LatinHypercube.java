package dev.corridor.risk;

import java.util.SplittableRandom;

/**
 * Latin hypercube sampling over any number of dimensions (a stage's duration, its cost, whether a
 * risk occurs, ...): in each dimension the iterations fall one in each of as many equal strata of
 * [0, 1), in an order that differs from dimension to dimension. So 1,000 iterations cover each
 * range as evenly as 1,000 quantiles, where plain random draws leave gaps and clumps, and the
 * percentiles settle with far fewer iterations.
 *
 * <p>Every value depends on the seed, the number of iterations, the dimension and the iteration
 * alone, never on the order in which they are asked for: iterations can run on any number of
 * threads (or machines) and give the same answer.
 */
final class LatinHypercube {

    private final long seed;
    private final int iterations;
    /** Each dimension's shuffle of the strata, made once; safe to share between threads. */
    private final java.util.Map<Integer, int[]> permutations = new java.util.concurrent.ConcurrentHashMap<>();

    LatinHypercube(long seed, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("At least one iteration, not " + iterations + ".");
        }
        this.seed = seed;
        this.iterations = iterations;
    }

    int iterations() {
        return iterations;
    }

    /**
     * Rank-correlates {@code dimensions} towards {@code target} (Iman–Conover), keeping each one's
     * strata. Call before the points are read; it depends on the seed and the iterations alone.
     */
    void correlate(int[] dimensions, double[][] target) {
        var strata = new int[dimensions.length][];
        for (int j = 0; j < dimensions.length; j++) {
            strata[j] = permutation(dimensions[j]);
        }
        var arranged = RankCorrelation.rearrange(strata, target);
        for (int j = 0; j < dimensions.length; j++) {
            permutations.put(dimensions[j], arranged[j]);
        }
    }

    /** The point in [0, 1) of {@code iteration} in {@code dimension}: inside its stratum, at a random offset. */
    double u(int dimension, int iteration) {
        if (iteration < 0 || iteration >= iterations) {
            throw new IllegalArgumentException("Iteration " + iteration + " is not one of 0 to " + (iterations - 1) + ".");
        }
        int stratum = stratum(dimension, iteration);
        double offset = stream(seed, dimension, iteration).nextDouble();
        return (stratum + offset) / iterations;
    }

    /** The stratum {@code iteration} takes in {@code dimension}: a shuffle drawn from the seed and the dimension. */
    private int stratum(int dimension, int iteration) {
        return permutation(dimension)[iteration];
    }

    private int[] permutation(int dimension) {
        return permutations.computeIfAbsent(dimension, d -> {
            var order = new int[iterations];
            for (int i = 0; i < iterations; i++) {
                order[i] = i;
            }
            // Fisher-Yates with a stream of the seed and the dimension only.
            var random = stream(seed, d, -1);
            for (int i = iterations - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        });
    }

    /** A random stream that depends on the seed, the dimension and the iteration only. */
    static SplittableRandom stream(long seed, int dimension, int iteration) {
        long mixed = seed;
        mixed = mixed * 0x9E3779B97F4A7C15L + dimension;
        mixed = mixed * 0xBF58476D1CE4E5B9L + iteration;
        return new SplittableRandom(mixed);
    }
}
