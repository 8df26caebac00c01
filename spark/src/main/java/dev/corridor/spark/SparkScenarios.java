package dev.corridor.spark;

import dev.corridor.RiskJob;
import dev.corridor.risk.Outcome;
import dev.corridor.risk.RiskWatch;
import dev.corridor.risk.ScenarioBatch;
import dev.corridor.risk.ScenarioEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * A batch of scenarios as a Spark job: the scenario numbers are spread over partitions, each
 * partition builds the job's analysis once (parsing the dataset and the plan it carries as text) and
 * runs its scenarios, and the outcomes come back to the driver in order. A task Spark runs again
 * after a lost executor gives the same outcomes, as each depends on the batch and its number alone.
 */
final class SparkScenarios implements ScenarioEngine {

    /** The job group of corridor's risk jobs, by which a stopped run cancels them. */
    private static final String GROUP = "corridor-risk";

    private final JavaSparkContext spark;
    private final RiskJob job;

    SparkScenarios(JavaSparkContext spark, RiskJob job) {
        this.spark = spark;
        this.job = job;
    }

    @Override
    public Outcome[][] run(ScenarioBatch batch, RiskWatch watch) {
        int size = batch.size();
        var results = new Outcome[size][];
        if (watch.isStopped()) {
            return results;
        }
        var numbers = IntStream.range(0, size).boxed().toList();
        // A few partitions per core, so that a slow scenario does not hold a whole core's share.
        int partitions = Math.max(1, Math.min(size, 4 * spark.defaultParallelism()));
        spark.setJobGroup(GROUP, "corridor risk: scenarios " + batch.offset() + " to "
                + (batch.offset() + size - 1) + " of " + batch.iterations(), true);
        var running = spark.parallelize(numbers, partitions).mapPartitions(scenarios(job, batch)).collectAsync();
        List<Tuple2<Integer, Outcome[]>> done;
        try {
            // Waited for a little at a time, so that Ctrl-C cancels the job instead of waiting for it.
            while (true) {
                if (watch.isStopped()) {
                    spark.cancelJobGroup(GROUP);
                    return results;
                }
                try {
                    done = running.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException notYet) {
                    // Still running.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spark.cancelJobGroup(GROUP);
            return results;
        } catch (ExecutionException e) {
            if (watch.isStopped()) {
                // Stopped while Spark shut down (its own Ctrl-C hook): the scenarios done so far stand.
                return results;
            }
            var cause = e.getCause();
            throw cause instanceof RuntimeException failure ? failure
                    : new IllegalStateException("The Spark job failed: " + (cause == null ? e : cause).getMessage(), cause);
        }
        for (var outcome : done) {
            results[outcome._1()] = outcome._2();
        }
        watch.progress(batch.offset() + size, batch.iterations());
        return results;
    }

    /** The work of one partition; static, so the closure holds the job and the batch and nothing else. */
    private static FlatMapFunction<Iterator<Integer>, Tuple2<Integer, Outcome[]>> scenarios(RiskJob job, ScenarioBatch batch) {
        return numbers -> {
            var analysis = job.analysis();
            var outcomes = new ArrayList<Tuple2<Integer, Outcome[]>>();
            while (numbers.hasNext()) {
                int number = numbers.next();
                try {
                    outcomes.add(new Tuple2<>(number, analysis.scenario(batch, number)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Scenario " + (batch.offset() + number) + " of " + batch.iterations()
                            + " (seed " + batch.seed() + ") failed: " + e.getMessage(), e);
                }
            }
            return outcomes.iterator();
        };
    }
}
