package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the mutation fuzzer in every build. The long run is the same test with more
 * mutants (README, "Testing"):
 * {@code mvn -B -q test -pl solver -am -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorridor.fuzz.mutants=10000}.
 */
class MutationFuzzTest {

    @TempDir
    Path work;

    @Test
    void noMutantOfAShippedDatasetOrPlanCrashesAnyCommandOrHarmsAFile() throws Exception {
        int mutants = Integer.getInteger("corridor.fuzz.mutants", 60);
        long seed = Long.getLong("corridor.fuzz.seed", 1);
        var started = System.nanoTime();
        var report = new MutationFuzz(work, seed).run(mutants);
        System.out.printf("mutation fuzz: %d mutants (seed %d) in %.0f s; exit codes by command: %s%n", report.mutants(),
                seed, (System.nanoTime() - started) / 1e9, report.exits());
        assertThat(report.failures()).as("failures").isEmpty();
    }
}
