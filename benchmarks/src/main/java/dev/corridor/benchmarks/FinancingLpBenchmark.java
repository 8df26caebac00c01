package dev.corridor.benchmarks;

import dev.corridor.finance.Financier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build and solve the financing LP: corridor's own (ojAlgo) against OR-Tools GLOP on the
 * same synthetic problems, in the same run. Setup checks that both find the same cost (corridor's
 * rounded to the thousandth, as it reports money). The ojAlgo figure includes rounding the draws
 * and replaying the cash flow.
 * Run from the project root: {@code java -jar benchmarks/target/benchmarks.jar FinancingLpBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FinancingLpBenchmark {

    @Param({"5", "15", "30"})
    public int tranches;

    @Param({"120", "300"})
    public int periods;

    private SyntheticFinance problem;

    @Setup
    public void setUp() {
        problem = SyntheticFinance.of(tranches, periods, 42);
        double ours = Financier.finance(problem.project(), problem.spend()).cost().toDouble();
        double glop = GlopFinancing.cost(problem.project(), problem.spend());
        // Corridor reports its draws and each tranche's charges to the thousandth; GLOP's cost is the LP's own.
        if (Math.abs(ours - glop) > 1e-6 * Math.max(1, Math.abs(ours)) + 0.001 * tranches) {
            throw new IllegalStateException("ojAlgo and GLOP disagree: " + ours + " against " + glop);
        }
    }

    @Benchmark
    public double ojAlgo() {
        return Financier.finance(problem.project(), problem.spend()).cost().toDouble();
    }

    @Benchmark
    public double glop() {
        return GlopFinancing.cost(problem.project(), problem.spend());
    }
}
