package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StageStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly update from the command line: progress recorded as planned at a data date, the
 * dataset written with it (and nothing else of the file lost), and the rest re-planned from it.
 */
class ProgressCommandTest {

    private static final Path DEMO = Path.of("datasets", "demo-small.json");
    private static final int DATA_DATE = 12;

    @TempDir
    Path dir;

    private Path plan;

    @BeforeEach
    void solveTheDemo() {
        plan = dir.resolve("demo.plan.json");
        var solved = CliRun.of("solve", DEMO.toString(), "--step-limit", "300", "-o", plan.toString());
        assertThat(solved.code()).as(solved.toString()).isZero();
    }

    @Test
    void progressAsPlannedIsRecordedAndTheRestIsReplannedFromTheDataDate() throws Exception {
        var update = dir.resolve("demo-12.json");
        var recorded = CliRun.of("progress", DEMO.toString(), plan.toString(), "--data-date", "12", "-o", update.toString());
        assertThat(recorded.code()).as(recorded.toString()).isZero();
        assertThat(recorded.out()).contains("Progress at period 12 (2029-01)");

        var before = PlanJson.read(plan);
        var project = ProjectJson.read(update);
        assertThat(project.dataDate()).isEqualTo(DATA_DATE);
        for (var stage : project.stages()) {
            var planned = stage(before, stage.id());
            if (planned.start() >= DATA_DATE) {
                assertThat(stage.actual()).as(stage.id()).isNull();
            } else {
                assertThat(stage.actual().start()).as(stage.id()).isEqualTo(planned.start());
                assertThat(stage.actual().hasFinished()).as(stage.id()).isEqualTo(planned.finish() <= DATA_DATE);
            }
        }
        // The rest of the file is as it was: descriptions and names are still there.
        assertThat(Files.readString(update)).contains("\"description\"", Files.readString(DEMO).lines()
                .filter(line -> line.contains("\"description\"")).findFirst().orElseThrow().trim());

        var replanned = dir.resolve("demo-12.plan.json");
        var solved = CliRun.of("solve", update.toString(), "--step-limit", "300", "-o", replanned.toString());
        assertThat(solved.code()).as(solved.toString()).isZero();
        var after = PlanJson.read(replanned);
        for (var stage : after.stages()) {
            var planned = stage(before, stage.id());
            if (stage.status() == StageStatus.COMPLETE) {
                assertThat(stage.start()).as(stage.id()).isEqualTo(planned.start());
                assertThat(stage.finish()).as(stage.id()).isEqualTo(planned.finish());
            } else if (stage.status() == StageStatus.NOT_STARTED) {
                assertThat(stage.start()).as(stage.id()).isGreaterThanOrEqualTo(DATA_DATE);
            } else {
                assertThat(stage.start()).as(stage.id()).isEqualTo(planned.start());
                assertThat(stage.resume()).as(stage.id()).isGreaterThanOrEqualTo(DATA_DATE);
            }
        }
        assertThat(CliRun.of("check", update.toString(), replanned.toString()).code()).isZero();
    }

    @Test
    void theUpdateIsReplannedAgainstTheBaselineAndSaysWhatMoved() throws Exception {
        var update = dir.resolve("demo-12.json");
        assertThat(CliRun.of("progress", DEMO.toString(), plan.toString(), "--data-date", "12", "-o", update.toString())
                .code()).isZero();
        var replanned = dir.resolve("demo-12.plan.json");
        var solved = CliRun.of("solve", update.toString(), "--step-limit", "300", "--baseline", plan.toString(), "-o",
                replanned.toString());
        assertThat(solved.code()).as(solved.toString()).isZero();
        assertThat(solved.out()).contains("Against the baseline", "stages not started move");
        var explained = CliRun.of("explain", replanned.toString());
        assertThat(explained.code()).isZero();
        if (PlanJson.read(replanned).explanation().moved().isEmpty()) {
            assertThat(explained.out()).doesNotContain("Moved most from the baseline");
        } else {
            assertThat(explained.out()).contains("Moved most from the baseline");
        }
        var before = PlanJson.read(plan);
        assertThat(PlanJson.read(replanned).stages()).allSatisfy(stage -> {
            assertThat(stage.baselineStart()).isEqualTo(stage(before, stage.id()).start());
            assertThat(stage.baselineFinish()).isEqualTo(stage(before, stage.id()).finish());
        });

        var other = dir.resolve("other.plan.json");
        assertThat(CliRun.of("solve", Path.of("datasets", "psplib", "j30", "j301_1.sm").toString(), "--step-limit", "5",
                "-o", other.toString()).code()).isZero();
        var refused = CliRun.of("solve", update.toString(), "--step-limit", "5", "--baseline", other.toString(), "-o",
                dir.resolve("refused.plan.json").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("baseline has no stage").doesNotContain("Exception");
        assertThat(dir.resolve("refused.plan.json")).doesNotExist();
    }

    @Test
    void aDataDateOutsideTheProjectOrAFileThatIsNotADatasetIsRefusedAndNothingIsWritten() {
        var update = dir.resolve("update.json");
        var early = CliRun.of("progress", DEMO.toString(), plan.toString(), "--data-date", "0", "-o", update.toString());
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).contains("--data-date 0", "must be after").doesNotContain("Exception");

        var late = CliRun.of("progress", DEMO.toString(), plan.toString(), "--data-date", "49", "-o", update.toString());
        assertThat(late.code()).isEqualTo(2);
        assertThat(late.err()).contains("no later than the horizon (48)");

        var psplib = CliRun.of("progress", Path.of("datasets", "psplib", "j30", "j301_1.sm").toString(), plan.toString(),
                "--data-date", "5", "-o", update.toString());
        assertThat(psplib.code()).isEqualTo(2);
        assertThat(psplib.err()).contains("convert");
        assertThat(update).doesNotExist();
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws Exception {
        var update = dir.resolve("update.json");
        Files.writeString(update, "mine");
        var refused = CliRun.of("progress", DEMO.toString(), plan.toString(), "--data-date", "12", "-o", update.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--force");
        assertThat(Files.readString(update)).isEqualTo("mine");
    }

    private static dev.corridor.model.plan.StagePlan stage(Plan plan, String id) {
        return plan.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
