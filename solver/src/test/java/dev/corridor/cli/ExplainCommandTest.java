package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {

    private static final String DEMO = Path.of("datasets", "demo-small.json").toString();

    @TempDir
    Path dir;

    private Path plan;

    @BeforeEach
    void solveTheDemo() {
        plan = dir.resolve("demo.plan.json");
        var solved = CliRun.of("solve", DEMO, "--step-limit", "300", "-o", plan.toString());
        assertThat(solved.code()).as(solved.toString()).isZero();
    }

    @Test
    void explainNamesEveryStageOfTheCriticalChainAndWhatHoldsIt() throws Exception {
        var run = CliRun.of("explain", plan.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        var chain = PlanJson.read(plan).explanation().criticalChain();
        assertThat(chain).isNotEmpty();
        assertThat(run.out()).contains("Critical chain, " + chain.size() + " stages", "What holds the chain",
                "Free slack", "by constraint");
        for (var link : chain) {
            assertThat(run.out()).contains(link.detail(), link.heldBy().name());
        }
    }

    @Test
    void aPlanWithoutExplanationNeedsItsDatasetAndIsExplainedWithIt() throws Exception {
        var tree = (ObjectNode) JsonFiles.mapper().readTree(plan.toFile());
        tree.remove("explanation");
        var bare = Files.writeString(dir.resolve("bare.plan.json"), tree.toString());

        var refused = CliRun.of("explain", bare.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(bare.toString(), "$.explanation", "--dataset");
        refused.assertNoStackTrace();

        var explained = CliRun.of("explain", bare.toString(), "--dataset", DEMO);
        assertThat(explained.code()).as(explained.toString()).isZero();
        assertThat(explained.out()).isEqualTo(CliRun.of("explain", plan.toString()).out());
    }

    @Test
    void aPlanForAnotherDatasetIsRefused() {
        var run = CliRun.of("explain", plan.toString(), "--dataset", Path.of("datasets", "psplib", "j30", "j301_1.sm").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("$.stages", "do not match");
        run.assertNoStackTrace();
    }
}
