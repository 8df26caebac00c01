package dev.corridor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.benchmarks.psplib.BenchCommand;
import dev.corridor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corridor bench on a real Spark (local[2]): with a step limit, the rows the local engine prints,
 * an unreadable instance said once by name and the rest solved.
 */
class SparkBenchTest {

    @TempDir
    Path dir;

    /** The output of {@code corridor bench ARGS}, but for its timing line, and its exit code. */
    private static String bench(String... args) {
        var out = new StringWriter();
        var commandLine = Main.commandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int code = Main.run(commandLine, args);
        return "exit " + code + "\n" + out.toString().lines().filter(line -> !line.startsWith("time "))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void psplibRowsOnSparkAreTheLocalOnesAndAnUnreadableInstanceIsLeftOutByName() throws Exception {
        try (var files = Files.list(Path.of("datasets", "psplib", "j30"))) {
            for (var file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("j309_9.sm"), "not a PSPLIB instance\n");

        var local = bench("bench", "psplib", dir.toString(), "--step-limit", "200");
        var onSpark = bench("bench", "psplib", dir.toString(), "--step-limit", "200", "--engine", "spark",
                "--master", "local[2]");

        assertThat(local).startsWith("exit 0").contains("j309_9       unreadable, left out:").contains("j301_1 ");
        assertThat(onSpark).isEqualTo(local);
    }

    @Test
    void aMasterSparkCannotUseIsRefusedInWords() {
        var err = new StringWriter();
        var commandLine = Main.commandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        int code = Main.run(commandLine, "risk", "datasets/demo-small.json", "--iterations", "5", "--engine", "spark",
                "--master", "nonsense://nowhere");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--engine spark --master nonsense://nowhere: the engine could not start")
                .doesNotContain("\tat ");
    }
}
