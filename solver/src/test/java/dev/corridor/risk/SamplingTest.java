package dev.corridor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corridor.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sampling risk analysis stands on: ranges turned into values by their inverse distribution
 * functions, and Latin hypercube points that fall one per stratum and depend on the seed, the
 * dimension and the iteration alone.
 */
class SamplingTest {

    @Test
    void aTriangularRangeRunsFromLowThroughItsModeToHigh() {
        // [2, 5, 11]: the mode splits the probability 3 : 6, so the CDF at 5 is 1/3.
        assertThat(RangeSampler.at(Distribution.TRIANGULAR, 2, 5, 11, 0)).isCloseTo(2, within(1e-9));
        assertThat(RangeSampler.at(Distribution.TRIANGULAR, 2, 5, 11, 1.0 / 3)).isCloseTo(5, within(1e-9));
        assertThat(RangeSampler.at(Distribution.TRIANGULAR, 2, 5, 11, 1)).isCloseTo(11, within(1e-9));
        // Below the mode, F(x) = (x - a)² / ((b - a)(c - a)): F(4) = 4 / 27.
        assertThat(RangeSampler.at(Distribution.TRIANGULAR, 2, 5, 11, 4.0 / 27)).isCloseTo(4, within(1e-9));
    }

    @Test
    void aPertRangeIsSymmetricAroundAMiddleModeAndHasThePertMean() {
        assertThat(RangeSampler.at(Distribution.PERT, 0, 5, 10, 0.5)).isCloseTo(5, within(1e-6));
        assertThat(RangeSampler.at(Distribution.PERT, 0, 5, 10, 0.2) + RangeSampler.at(Distribution.PERT, 0, 5, 10, 0.8))
                .isCloseTo(10, within(1e-6));
        // The mean of PERT [2, 5, 14] is (2 + 4·5 + 14) / 6 = 6; a fine grid of quantiles finds it.
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += RangeSampler.at(Distribution.PERT, 2, 5, 14, (i + 0.5) / n);
        }
        assertThat(sum / n).isCloseTo(6, within(1e-3));
    }

    @Test
    void aRangeKnownExactlyAlwaysGivesItsValue() {
        for (var distribution : Distribution.values()) {
            assertThat(RangeSampler.at(distribution, 7, 7, 7, 0.3)).isEqualTo(7);
        }
    }

    @Test
    void eachDimensionPutsOneIterationInEachStratum() {
        int n = 500;
        var cube = new LatinHypercube(42, n);
        for (int dimension = 0; dimension < 5; dimension++) {
            var seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                double u = cube.u(dimension, i);
                assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
                int stratum = (int) Math.floor(u * n);
                assertThat(seen[stratum]).as("stratum %d of dimension %d taken twice", stratum, dimension).isFalse();
                seen[stratum] = true;
            }
        }
    }

    @Test
    void thePointsDependOnTheSeedDimensionAndIterationAloneNotOnTheOrderAsked() {
        int n = 200;
        var forward = new LatinHypercube(7, n);
        var backward = new LatinHypercube(7, n);
        var inParallel = new LatinHypercube(7, n);
        var ahead = new ArrayList<Double>();
        var behind = new ArrayList<Double>();
        for (int i = 0; i < n; i++) {
            ahead.add(forward.u(3, i));
        }
        for (int i = n - 1; i >= 0; i--) {
            behind.add(0, backward.u(3, i));
        }
        List<Double> parallel = IntStream.range(0, n).parallel().mapToObj(i -> inParallel.u(3, i)).toList();
        assertThat(behind).isEqualTo(ahead);
        assertThat(parallel).isEqualTo(ahead);
        assertThat(new LatinHypercube(8, n).u(3, 0)).isNotEqualTo(ahead.get(0));
    }

    @Test
    void stratifiedPointsGiveATriangularMeanCloserThanPlainDrawsWould() {
        // 1,000 Latin hypercube points of [2, 5, 11]: the mean is (2 + 5 + 11) / 3 = 6 to within a
        // hundredth, where 1,000 plain random draws stray by about 0.06 (the standard error).
        int n = 1000;
        var cube = new LatinHypercube(1, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += RangeSampler.at(Distribution.TRIANGULAR, 2, 5, 11, cube.u(0, i));
        }
        assertThat(sum / n).isCloseTo(6, within(0.01));
    }

    @Test
    void correlatedDimensionsReachTheirRankCorrelationAndKeepEveryStratum() {
        int n = 1000;
        var cube = new LatinHypercube(5, n);
        var independent = new LatinHypercube(5, n);
        // Three dimensions: 0 and 3 go together (0.8), 3 and 6 against each other (-0.3), 0 and 6 not at all.
        cube.correlate(new int[] {0, 3, 6}, new double[][] {{1, 0.8, 0}, {0.8, 1, -0.3}, {0, -0.3, 1}});
        var columns = new double[3][n];
        for (int j = 0; j < 3; j++) {
            var seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                columns[j][i] = cube.u(3 * j, i);
                int stratum = (int) Math.floor(columns[j][i] * n);
                assertThat(seen[stratum]).as("stratum %d of dimension %d taken twice", stratum, 3 * j).isFalse();
                seen[stratum] = true;
            }
        }
        var spearman = new org.apache.commons.math3.stat.correlation.SpearmansCorrelation();
        assertThat(spearman.correlation(columns[0], columns[1])).isCloseTo(0.8, within(0.03));
        assertThat(spearman.correlation(columns[1], columns[2])).isCloseTo(-0.3, within(0.03));
        assertThat(spearman.correlation(columns[0], columns[2])).isCloseTo(0, within(0.05));
        // A dimension left out is as it was without any correlation.
        assertThat(cube.u(1, 17)).isEqualTo(independent.u(1, 17));
    }

    @Test
    void correlationsThatContradictEachOtherAreRefusedWithTheReason() {
        var cube = new LatinHypercube(5, 100);
        // a with b and b with c at 0.9 but a against c at -0.9: no set of samples has these.
        var impossible = new double[][] {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cube.correlate(new int[] {0, 3, 6}, impossible))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correlation matrix");
    }

    /**
     * Twenty scenarios finishing at 20, 19, ..., 1 in iteration order: the P80 of all is the 16th
     * smallest, 16; of the first eighteen (20 down to 3) the 15th smallest, 17. The P80 moved by −1
     * over the last tenth.
     */
    @Test
    void convergenceIsTheP80sChangeOverTheLastTenthOfTheIterations() {
        var outcomes = new ArrayList<Outcome>();
        for (int i = 0; i < 20; i++) {
            int finish = 20 - i;
            outcomes.add(new Outcome(finish, new int[0], 100 + finish, new int[0], new boolean[0], Double.NaN,
                    java.util.Map.of(), new double[0], new boolean[0], new double[0]));
        }
        var convergence = RiskSummary.convergence(outcomes, false);
        assertThat(convergence.finishP80Change()).isEqualTo(-1);
        assertThat(convergence.costP80Change()).isEqualTo(-1);
        assertThat(convergence.npvP80Change()).isNull();
    }
}
