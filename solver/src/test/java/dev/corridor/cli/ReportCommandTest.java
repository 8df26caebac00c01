package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String DEMO = Path.of("datasets", "demo-small.json").toString();

    @TempDir
    Path dir;

    @Test
    void solveWithReportWritesThePageBesideThePlan() {
        var plan = dir.resolve("demo.plan.json");

        var run = CliRun.of("solve", DEMO, "--step-limit", "100", "-o", plan.toString(), "--report");

        assertThat(run.code()).as(run.toString()).isZero();
        var report = dir.resolve("demo.plan.html");
        assertThat(run.out()).contains("Plan written to " + plan, "Report written to " + report);
        assertThat(HtmlReport.isReport(report)).isTrue();
    }

    @Test
    void reportDrawsAPlanBesideItAndRefreshesItsOwnPage() throws Exception {
        var plan = solvedDemo();

        var first = CliRun.of("report", plan.toString());
        var again = CliRun.of("report", plan.toString());

        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(Files.readString(dir.resolve("demo.plan.html"))).contains("<h1>Demo: small crossing</h1>");
    }

    @Test
    void reportNeverOverwritesAPageItDidNotWriteWithoutForce() throws Exception {
        var plan = solvedDemo();
        var mine = Files.writeString(dir.resolve("notes.html"), "<html>my notes</html>");

        var refused = CliRun.of("report", plan.toString(), "-o", mine.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(mine.toString(), "is not a report", "--force");
        assertThat(Files.readString(mine)).isEqualTo("<html>my notes</html>");

        var forced = CliRun.of("report", plan.toString(), "-o", mine.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(HtmlReport.isReport(mine)).isTrue();
    }

    @Test
    void solveRefusesBeforeSolvingWhenTheReportWouldReplaceAForeignFile() throws Exception {
        var foreign = Files.writeString(dir.resolve("demo.plan.html"), "keep me");

        var run = CliRun.of("solve", DEMO, "--step-limit", "10", "-o", dir.resolve("demo.plan.json").toString(), "--report");

        assertThat(run.code()).isEqualTo(2);
        assertThat(dir.resolve("demo.plan.json")).doesNotExist();
        assertThat(Files.readString(foreign)).isEqualTo("keep me");
    }

    @Test
    void aFileThatIsNoPlanIsReportedWithoutAStackTrace() throws Exception {
        var notAPlan = Files.writeString(dir.resolve("x.json"), "{\"hello\": 1}");

        var run = CliRun.of("report", notAPlan.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(notAPlan.toString());
        run.assertNoStackTrace();
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    private Path solvedDemo() {
        var plan = dir.resolve("demo.plan.json");
        var solved = CliRun.of("solve", DEMO, "--step-limit", "100", "-o", plan.toString());
        assertThat(solved.code()).as(solved.toString()).isZero();
        return plan;
    }
}
