package dev.corridor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.Planner;
import dev.corridor.RiskJob;
import dev.corridor.RiskOptions;
import dev.corridor.SolveOptions;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.risk.RiskPolicy;
import dev.corridor.risk.RiskWatch;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Risk scenarios on a real Spark (local[2], two executor threads): the report the local engine gives. */
class SparkEngineTest {

    private static SparkEngine spark;

    @BeforeAll
    static void start() {
        spark = new SparkEngine("local[2]", 2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    /** A job of {@code dataset} with a step-limited plan of it, as text. */
    private static RiskJob job(String dataset, RiskOptions options) throws Exception {
        var path = Path.of("datasets", dataset);
        var text = Files.readString(path);
        var plan = Planner.solve(ProjectJson.parse(dataset, text), SolveOptions.stepLimit(50).withFinanceRounds(0));
        // Every plan a test makes goes through the independent checker (corridor check).
        var planFile = Files.createTempFile("risk-plan", ".plan.json");
        Files.writeString(planFile, PlanJson.toJson(plan));
        assertThat(dev.corridor.cli.Main.run("check", path.toString(), planFile.toString())).as("corridor check").isZero();
        Files.delete(planFile);
        return RiskJob.of(dataset, text, PlanJson.toJson(plan), options);
    }

    @Test
    void theBeringRiskScenariosOnSparkGiveTheLocalReport() throws Exception {
        var options = RiskOptions.fixed(60, 42, 2);
        var job = job("bering-strait-risk.json", options);

        var local = Planner.risk(job, options, null, RiskWatch.NONE);
        var onSpark = Planner.risk(job, options, spark, RiskWatch.NONE);

        assertThat(spark.master()).isEqualTo("local[2]");
        assertThat(onSpark).isEqualTo(local);
        assertThat(onSpark.iterations()).isEqualTo(60);
        assertThat(onSpark.project().npv()).isNotNull();
    }

    @Test
    void reSolvedScenariosOnSparkGiveTheLocalReport() throws Exception {
        var options = RiskOptions.fixed(16, 7, 2).withPolicy(RiskPolicy.REPLAN).withReplanSteps(5);
        var job = job("bering-strait-risk.json", options);

        var local = Planner.risk(job, options, null, RiskWatch.NONE);
        var onSpark = Planner.risk(job, options, spark, RiskWatch.NONE);

        assertThat(onSpark).isEqualTo(local);
        assertThat(onSpark.flexibility()).isNotNull();
    }

    @Test
    void aRunUntilStableOnSparkStopsAtTheSameBatchAsTheLocalOne() throws Exception {
        var options = RiskOptions.fixed(600, 3, 2).withUntilStable(true);
        var job = job("bering-strait-risk.json", options);

        var local = Planner.risk(job, options, null, RiskWatch.NONE);
        var onSpark = Planner.risk(job, options, spark, RiskWatch.NONE);

        assertThat(onSpark).isEqualTo(local);
        assertThat(onSpark.iterations() % 100).isZero();
    }
}
