package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.support.Checked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a long solve: the process stops soon and leaves a whole, valid plan behind. */
class InterruptTest {

    private static final Path BERING = Path.of("datasets", "bering-strait.json");
    private static final Path DEMO = Path.of("datasets", "demo-small.json");

    @TempDir
    Path dir;

    @Test
    void interruptingALongSolveWritesTheBestPlanSoFar() throws Exception {
        var plan = dir.resolve("bering.plan.json");
        var err = dir.resolve("err.txt");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.corridor.cli.Main",
                "solve", BERING.toString(), "--time-limit", "10m", "--progress", "-o", plan.toString())
                .redirectErrorStream(false).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile())
                .start();
        boolean sigint;
        try {
            // Wait until the search is under way: its first progress line.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(err).contains("best:") && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(err)).as("progress before the interrupt").contains("scheduling  best:");
            Thread.sleep(1500);
            sigint = interrupt(process);

            // A bound so that a solve that ignores the signal fails the test instead of hanging it.
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the process ended after Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }
        // 128 + the signal: 130 after SIGINT (Ctrl-C), 143 after SIGTERM where no kill command is found.
        assertThat(process.exitValue()).as("the exit status of a process ended by a signal").isEqualTo(sigint ? 130 : 143);
        assertThat(Files.readString(err)).contains("stopping; writing the best plan found so far");
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Plan written to " + plan);
        var written = PlanJson.read(plan);
        var project = DatasetFiles.read(BERING);
        Checked.assertHolds(project, written);
        assertThat(written.stages()).hasSize(project.stages().size());
        assertThat(written.explanation()).isNotNull();
        // The search ended before its ten minutes: the signal, not the time limit, stopped it.
        assertThat(written.stats().elapsedMillis()).isLessThan(written.stats().timeLimitMillis());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .as("no temporary file left behind").isEqualTo(List.of("bering.plan.json", "err.txt", "out.txt"));
        }
    }

    @Test
    void interruptingALongRiskRunReportsTheScenariosDone() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(CliRun.of("solve", DEMO.toString(), "--step-limit", "50", "-o", plan.toString()).code()).isZero();
        var report = dir.resolve("risk.json");
        var err = dir.resolve("err.txt");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.corridor.cli.Main",
                "risk", DEMO.toString(), "--plan", plan.toString(), "--iterations", "200000", "--threads", "2",
                "--progress", "-o", report.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        boolean sigint;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(err).contains("scenario ") && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(err)).as("progress before the interrupt").containsPattern("scenario [0-9,]+ of 200,000");
            sigint = interrupt(process);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ended after Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isEqualTo(sigint ? 130 : 143);
        assertThat(Files.readString(err)).contains("stopping; reporting the scenarios done so far");
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("stopped early").contains("Report written to " + report);
        var written = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
        assertThat(written.get("stopped").asBoolean()).isTrue();
        assertThat(written.get("iterations").asInt()).isPositive().isLessThan(200_000);
    }

    /** Ctrl-C, as SIGINT from the kill command; where there is none, SIGTERM, which stops a solve the same way. */
    private static boolean interrupt(Process process) throws Exception {
        for (var kill : List.of("/usr/bin/kill", "/bin/kill")) {
            if (Files.isExecutable(Path.of(kill))) {
                return new ProcessBuilder(kill, "-INT", Long.toString(process.pid())).start().waitFor() == 0;
            }
        }
        process.destroy();
        return false;
    }

    @Test
    void progressCanBeAskedForWhereTheOutputIsNoTerminal() {
        var run = CliRun.of("solve", Path.of("datasets", "demo-small.json").toString(), "--step-limit", "200",
                "--progress", "-o", dir.resolve("p.json").toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("scheduling  best: feasible, ends after").doesNotContain("\r");
    }

    @Test
    void progressIsQuietWhenNotAskedForAndNotOnATerminal() {
        var run = CliRun.of("solve", Path.of("datasets", "demo-small.json").toString(), "--step-limit", "200",
                "-o", dir.resolve("p.json").toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
