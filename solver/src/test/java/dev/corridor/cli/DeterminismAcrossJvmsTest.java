package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same dataset, seed and step limit give the same plan file from two separate JVMs, byte for
 * byte apart from its timings (the {@code stats} block): nothing in a plan may depend on hash
 * codes, identity or the clock of one process.
 */
class DeterminismAcrossJvmsTest {

    @TempDir
    Path dir;

    @Test
    void twoJvmsWriteTheSamePlanBytesForTheSameSeedAndStepLimit() throws Exception {
        var first = solveInNewJvm("first.plan.json");
        var second = solveInNewJvm("second.plan.json");
        assertThat(withoutTimings(Files.readString(second))).isEqualTo(withoutTimings(Files.readString(first)));
        assertThat(Files.readString(first)).contains("\"finance\"", "\"explanation\"");
    }

    private Path solveInNewJvm(String name) throws Exception {
        var plan = dir.resolve(name);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.corridor.cli.Main",
                "solve", "datasets/bering-strait.json", "--step-limit", "40", "--finance-rounds", "1", "--seed", "7",
                "--no-progress", "-o", plan.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the solve ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".log"))).isIn(0, 3);
        return plan;
    }

    private static String withoutTimings(String plan) {
        return plan.replaceAll("(?s)\"stats\" : \\{[^}]*},?\\n\\s*", "");
    }
}
