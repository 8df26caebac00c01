package dev.corridor.spark;

import dev.corridor.benchmarks.psplib.BenchEngine;
import dev.corridor.benchmarks.psplib.BenchItem;
import dev.corridor.benchmarks.psplib.InstanceSolver;
import dev.corridor.benchmarks.psplib.SolveSettings;
import dev.corridor.benchmarks.psplib.Solved;
import dev.corridor.benchmarks.psplib.UnreadableInstance;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * A bench run's instances as a Spark job, one instance to a task, each solved as
 * {@link InstanceSolver#solve} solves it. An instance whose text is not one comes back with the
 * reason, said once by name, and the rest go on.
 */
final class SparkBench implements BenchEngine {

    private final SparkEngine engine;

    SparkBench(SparkEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Solved> solve(List<BenchItem> items, SolveSettings settings) {
        if (items.isEmpty()) {
            return List.of();
        }
        JavaSparkContext spark = engine.context();
        var numbered = IntStream.range(0, items.size()).mapToObj(i -> new Tuple2<>(i, items.get(i))).toList();
        var solved = spark.parallelize(numbered, items.size()).map(item -> solveOne(item, settings)).collect();
        var results = new Solved[items.size()];
        solved.forEach(result -> results[result._1()] = result._2());
        return Arrays.asList(results);
    }

    /** One task: the item solved, or why it is not an instance (the run goes on without it). */
    private static Tuple2<Integer, Solved> solveOne(Tuple2<Integer, BenchItem> item, SolveSettings settings) {
        try {
            return new Tuple2<>(item._1(), new Solved(InstanceSolver.solve(item._2(), settings), null));
        } catch (UnreadableInstance notAnInstance) {
            return new Tuple2<>(item._1(), new Solved(null, notAnInstance.getMessage()));
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /** {@code corridor bench --engine spark}. */
    public static final class Provider implements BenchEngine.Provider {

        @Override
        public String name() {
            return "spark";
        }

        @Override
        public BenchEngine open(String master) {
            return new SparkBench(new SparkEngine(master, Runtime.getRuntime().availableProcessors()));
        }
    }
}
