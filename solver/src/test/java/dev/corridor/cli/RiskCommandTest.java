package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor risk} from the command line: what it writes, and what it refuses. */
class RiskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The demo with the bore's duration and cost uncertain, and the earthworks' duration correlated with it. */
    private Path ranged(double coefficient) throws Exception {
        var root = (ObjectNode) JSON.readTree(Path.of("datasets", "demo-small.json").toFile());
        var bore = (ObjectNode) root.get("stages").get(6).get("modes").get(0);
        bore.putArray("durationRange").add(9).add(10).add(16);
        bore.putArray("costRange").add(110).add(120).add(200);
        var correlation = root.putArray("correlations").addObject().put("coefficient", coefficient);
        correlation.putArray("stages").add(root.get("stages").get(6).get("id").asText())
                .add(root.get("stages").get(5).get("id").asText());
        var file = dir.resolve("demo-risk.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    @Test
    void withoutAPlanItSolvesFirstAndWritesTheReportAsJsonAndAsAPage() throws Exception {
        var dataset = ranged(0.5);
        var json = dir.resolve("risk.json");
        var page = dir.resolve("risk.html");

        var run = CliRun.of("risk", dataset.toString(), "--iterations", "20", "--policy", "replan", "--replan-steps", "5",
                "--threads", "2", "-o", json.toString(), "--report");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("No --plan: solving");
        assertThat(run.out()).contains("each scenario re-planned from the plan").contains("Value of flexibility")
                .contains("financed in steps of 3 periods");
        var report = JSON.readTree(json.toFile());
        assertThat(report.get("policy").asText()).isEqualTo("replan");
        assertThat(report.get("financeStep").asInt()).isEqualTo(3);
        assertThat(report.get("project").get("finish").get("p80").asDouble()).isPositive();
        assertThat(report.get("iterations").asInt()).isEqualTo(20);
        assertThat(report.get("flexibility").get("fixedFinish").get("p50").asDouble()).isPositive();
        assertThat(report.get("sCurve")).hasSizeGreaterThan(5);
        assertThat(report.get("convergence").has("finishP80Change")).isTrue();
        assertThat(Files.readString(page)).contains("<h2>Risk</h2>").contains("risk-s-curve").contains("Most often on the critical chain");
    }

    @Test
    void aPageWithoutAFileNameNeedsTheJsonToSitBeside() throws Exception {
        var run = CliRun.of("risk", ranged(0.5).toString(), "--iterations", "5", "--report");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--report without a file name writes beside --output");
        run.assertNoStackTrace();
    }

    @Test
    void aFinanceStepOfNoPeriodsIsRefused() throws Exception {
        var run = CliRun.of("risk", ranged(0.5).toString(), "--iterations", "5", "--finance-step", "0");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--finance-step must be between 1 and 120 periods (got 0)");
        run.assertNoStackTrace();
    }

    @Test
    void theSparkEngineIsRefusedWhereItIsNotOnTheClassPath() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(CliRun.of("solve", "datasets/demo-small.json", "--step-limit", "20", "-o", plan.toString()).code()).isZero();

        var spark = CliRun.of("risk", "datasets/demo-small.json", "--plan", plan.toString(), "--engine", "spark");
        var master = CliRun.of("risk", "datasets/demo-small.json", "--plan", plan.toString(), "--master", "spark://x:7077");

        assertThat(spark.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(spark.err()).contains("no engine \"spark\" here").contains("corridor-spark.jar");
        assertThat(master.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(master.err()).contains("--master is for --engine spark");
        spark.assertNoStackTrace();
    }

    @Test
    void anUnknownPolicyIsRefusedInWords() throws Exception {
        var run = CliRun.of("risk", ranged(0.5).toString(), "--policy", "hope");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("'hope' is not a policy; give fixed or replan");
        run.assertNoStackTrace();
    }

    @Test
    void correlationsNoSamplesCanHaveAreRefusedNamingTheDataset() throws Exception {
        var root = (ObjectNode) JSON.readTree(ranged(0.5).toFile());
        var stages = root.get("stages");
        var correlations = root.putArray("correlations");
        // a with b and b with c go together closely, yet a and c go against each other.
        for (var pair : new int[][] {{4, 5, 9}, {5, 6, 9}, {4, 6, -9}}) {
            var correlation = correlations.addObject().put("coefficient", pair[2] / 10.0);
            correlation.putArray("stages").add(stages.get(pair[0]).get("id").asText()).add(stages.get(pair[1]).get("id").asText());
        }
        var dataset = dir.resolve("contradiction.json");
        Files.writeString(dataset, JSON.writeValueAsString(root));

        var run = CliRun.of("risk", dataset.toString(), "--iterations", "20");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(dataset.toString()).contains("correlation matrix");
        run.assertNoStackTrace();
    }
}
