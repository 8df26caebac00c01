package dev.corridor.risk;

import dev.corridor.model.Distribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * Turns a point u in [0, 1] into a value of a range [low, mostLikely, high] by the inverse of its
 * distribution's cumulative function, so that stratified points (Latin hypercube) give stratified
 * values. Triangular: the triangle through the three points. PERT: the beta distribution on [low,
 * high] with shape α = 1 + 4·(mostLikely − low)/(high − low) and β = 1 + 4·(high − mostLikely)/(high − low),
 * whose mean is (low + 4·mostLikely + high)/6, the classic PERT estimate.
 */
final class RangeSampler {

    private RangeSampler() {
    }

    /** The value at cumulative probability {@code u} of the range, under {@code distribution}. */
    static double at(Distribution distribution, double low, double mostLikely, double high, double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("u must lie in [0, 1], not " + u + ".");
        }
        if (!(low <= mostLikely && mostLikely <= high)) {
            throw new IllegalArgumentException("A range runs low <= mostLikely <= high, not [" + low + ", " + mostLikely
                    + ", " + high + "].");
        }
        if (high == low) {
            return low;
        }
        double width = high - low;
        if (distribution == Distribution.PERT) {
            double alpha = 1 + 4 * (mostLikely - low) / width;
            double beta = 1 + 4 * (high - mostLikely) / width;
            return low + width * new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(u);
        }
        // No random generator: only the inverse cumulative function is used.
        return new TriangularDistribution(null, low, mostLikely, high).inverseCumulativeProbability(u);
    }
}
