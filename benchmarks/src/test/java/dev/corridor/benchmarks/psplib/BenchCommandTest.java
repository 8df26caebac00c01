package dev.corridor.benchmarks.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private static final String J30 = Path.of("..", "datasets", "psplib", "j30").toString();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** {@code corridor ARGS} in the command tree the launcher runs for bench, with its error reporting. */
    private int corridor(String... args) {
        var commandLine = Main.commandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int bench(String... args) {
        return corridor(Stream.concat(Stream.of("bench"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void benchIsOneOfCorridorsCommandsWithExitCodesOfItsOwn() {
        assertThat(corridor("--help")).isZero();
        assertThat(out.toString()).containsPattern("\\n  bench +Benchmark comparisons").doesNotContain("corridor bench --help");

        for (var args : new String[][] {{"--help"}, {"psplib", "--help"}}) {
            out.getBuffer().setLength(0);
            assertThat(bench(args)).isZero();
            assertThat(out.toString()).contains("Usage: corridor bench", "4   a schedule failed the independent check")
                    .doesNotContain("3   solved");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadOptionIsToldByTheCommandsFullName() {
        assertThat(bench("psplib", J30, "--jobs", "0")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("corridor bench psplib: --jobs must be at least 1 (got 0)." + System.lineSeparator());
    }

    @Test
    void anExistingCsvIsNotReplacedWithoutBeingAsked(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("j30.csv");
        Files.writeString(csv, "results of last night\n");

        int code = bench("psplib", J30, "--limit", "1", "--time-limit", "100ms", "--csv", csv.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("j30.csv exists", "--resume", "--force");
        assertThat(Files.readString(csv)).isEqualTo("results of last night\n");
    }

    @Test
    void forceReplacesAnExistingCsv(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("j30.csv");
        Files.writeString(csv, "results of last night\n");

        int code = bench("psplib", J30, "--limit", "1", "--time-limit", "100ms", "--csv", csv.toString(), "--force");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2).first().isEqualTo(ResultsCsv.HEADER);
    }

    @Test
    void resumeWithNoCsvYetSaysSoAndStartsTheRun(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("j30.csv");

        int code = bench("psplib", J30, "--limit", "1", "--time-limit", "100ms", "--csv", csv.toString(), "--resume");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("nothing to resume");
        assertThat(Files.readAllLines(csv)).hasSize(2);
    }

    @Test
    void aCsvInAFolderThatIsNotThereIsRefusedBeforeAnySolve(@TempDir Path dir) {
        var csv = dir.resolve("no-such-folder").resolve("j30.csv");

        assertThat(bench("psplib", J30, "--limit", "1", "--csv", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
        assertThat(out.toString()).doesNotContain("j301_1");
    }

    @Test
    void resumeNeedsACsvToResumeFrom() {
        assertThat(bench("psplib", J30, "--resume")).isEqualTo(2);
        assertThat(err.toString()).contains("--resume", "--csv");
    }

    @Test
    void resumeRefusesResultsOfInstancesThisRunLeavesOut(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("j30.csv");
        assertThat(bench("psplib", J30, "--limit", "2", "--time-limit", "100ms", "--csv", csv.toString())).isZero();
        var written = Files.readString(csv);

        int code = bench("psplib", J30, "--limit", "1", "--time-limit", "100ms", "--csv", csv.toString(), "--resume");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("j301_2", "--limit");
        assertThat(Files.readString(csv)).isEqualTo(written);
    }

    @Test
    void resumeWithAnotherBudgetIsRefused(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("j30.csv");
        assertThat(bench("psplib", J30, "--limit", "1", "--time-limit", "100ms", "--csv", csv.toString())).isZero();

        int code = bench("psplib", J30, "--limit", "2", "--time-limit", "200ms", "--csv", csv.toString(), "--resume");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("j30.csv", "line 2", "--time-limit 100 ms", "asks for 200 ms");
    }
}
