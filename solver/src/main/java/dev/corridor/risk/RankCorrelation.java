package dev.corridor.risk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * The Iman–Conover method (Iman and Conover 1982), as Primavera Risk Analysis and @RISK correlate
 * their samples: the strata a Latin hypercube gives each iteration are kept, only which iteration
 * takes which stratum changes, so every dimension keeps its exact marginal distribution while the
 * rank correlations between dimensions approach the target.
 *
 * <p>Each dimension's strata are scored by the normal quantile of their rank; the score matrix S is
 * decorrelated by the Cholesky factor Q of its own correlation and correlated by the factor P of
 * the target, T = S·(Q⁻¹)ᵀ·Pᵀ, and each dimension's strata are then handed out in the rank order
 * of its column of T.
 */
final class RankCorrelation {

    private RankCorrelation() {
    }

    /**
     * Rearranges {@code strata} (one column per dimension, each a permutation of 0..n-1 by
     * iteration) towards the rank correlation {@code target}; returns new columns, the input
     * untouched.
     *
     * @throws IllegalArgumentException when the target is not a correlation matrix (symmetric,
     *                                  unit diagonal, positive definite)
     */
    static int[][] rearrange(int[][] strata, double[][] target) {
        int d = strata.length;
        if (d < 2) {
            return strata.clone();
        }
        int n = strata[0].length;
        if (n <= d) {
            // Too few iterations to estimate (and so correct) d dimensions' correlation: leave them be.
            return strata.clone();
        }
        RealMatrix wanted;
        try {
            wanted = new CholeskyDecomposition(MatrixUtils.createRealMatrix(target)).getL();
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException("the correlations do not form a correlation matrix: " + e.getMessage()
                    + " (coefficients of stages in several groups must be consistent with each other)", e);
        }
        var normal = new NormalDistribution(null, 0, 1);
        var scores = new Array2DRowRealMatrix(n, d);
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                scores.setEntry(i, j, normal.inverseCumulativeProbability((strata[j][i] + 1.0) / (n + 1)));
            }
        }
        var own = new PearsonsCorrelation(scores).getCorrelationMatrix();
        RealMatrix decorrelate;
        try {
            decorrelate = MatrixUtils.inverse(new CholeskyDecomposition(own).getL()).transpose();
        } catch (MathIllegalArgumentException e) {
            // The scores are (nearly) dependent, as with very few iterations: keep the strata as drawn.
            return strata.clone();
        }
        var arranged = scores.multiply(decorrelate).multiply(wanted.transpose());
        var result = new int[d][];
        for (int j = 0; j < d; j++) {
            var column = arranged.getColumn(j);
            var byValue = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> column[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            // The dimension's strata, sorted, go to the iterations in the order of T's column.
            var sortedStrata = strata[j].clone();
            Arrays.sort(sortedStrata);
            result[j] = new int[n];
            for (int r = 0; r < n; r++) {
                result[j][byValue[r]] = sortedStrata[r];
            }
        }
        return result;
    }
}
