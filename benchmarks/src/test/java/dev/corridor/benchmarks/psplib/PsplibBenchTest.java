package dev.corridor.benchmarks.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsplibBenchTest {

    private static final Path J30 = Path.of("..", "datasets", "psplib", "j30");

    @Test
    void instancesAreTakenInPsplibOrderAndTablesAreLeftOut() throws Exception {
        assertThat(PsplibBench.instances(J30)).extracting(p -> p.getFileName().toString())
                .containsExactly("j301_1.sm", "j301_2.sm", "j3011_2.sm", "j3013_4.sm", "j3025_7.sm", "j3037_1.sm", "j3046_9.sm");
    }

    @Test
    void onlySchedulesTheCheckerConfirmsCountInTheQualityFigures() {
        var peerChecked = new InstanceResult.PeerResult(48, true, false, 10);
        var peerNone = new InstanceResult.PeerResult(-1, false, false, 10);
        var peerBroken = new InstanceResult.PeerResult(1, false, false, 10);
        var results = List.of(
                new InstanceResult("a", 50, true, true, 40, 45, 45, 60, 10, 100, peerChecked),
                new InstanceResult("b", 60, true, true, 50, 55, 55, 70, 10, 100, peerNone),
                new InstanceResult("c", 70, true, true, 60, 65, 65, 80, 10, 100, peerBroken),
                // A plan that claims feasibility the checker does not confirm, absurdly short.
                new InstanceResult("d", 1, true, false, 60, 65, 65, 80, 10, 100, null));

        var summary = PsplibBench.summary(results);

        assertThat(summary).contains("instances            4 (3 feasible and checked, 1 failing the independent check)",
                "CP-SAT (same time limit) on the 1 instances it solved (1 without a schedule, 1 failing the check)",
                // Over a, b and c only: (10 + 10 + 10) / 40, 50, 60 → 25 %, 20 %, 16.67 %.
                "above critical path  20.56 % on average",
                // Over a only, against the peer's 48: corridor 25 %, CP-SAT 20 % above the critical path.
                "above critical path  corridor 25.00 %, CP-SAT 20.00 %");
        assertThat(peerNone.checked()).isFalse();
        assertThat(peerNone.broken()).isFalse();
        assertThat(peerBroken.broken()).isTrue();
    }

    @Test
    void everyScheduleIsCheckedAndComparedWithItsBounds(@TempDir Path dir) throws Exception {
        var printed = new StringWriter();
        var bench = new PsplibBench(Duration.ofMillis(300), 42, new PrintWriter(printed));
        var files = PsplibBench.instances(J30).subList(0, 2);

        var results = bench.run(files, Bounds.read(J30.resolve("j30_bounds.tsv")));

        assertThat(results).hasSize(2).allSatisfy(result -> {
            assertThat(result.checked()).isTrue();
            assertThat(result.feasible()).isTrue();
            assertThat(result.makespan()).isGreaterThanOrEqualTo(result.lowerBound()).isLessThanOrEqualTo(result.baseline());
            assertThat(result.criticalPath()).isLessThanOrEqualTo(result.lowerBound());
        });
        assertThat(results.get(0).bestKnown()).isEqualTo(43);
        assertThat(PsplibBench.summary(results)).contains("instances            2 (2 feasible and checked, 0 failing", "at proven optimum");

        var csv = dir.resolve("out.csv");
        ResultsCsv.write(results, bench.settings(), csv);
        assertThat(Files.readAllLines(csv)).hasSize(3).first().asString().startsWith("instance,makespan,feasible");
    }

    @Test
    void aResumedRunSolvesOnlyWhatItsCsvLacks(@TempDir Path dir) throws Exception {
        var bounds = Bounds.read(J30.resolve("j30_bounds.tsv"));
        var csv = dir.resolve("run.csv");
        var first = new PsplibBench(Duration.ofMillis(300), 42, new PrintWriter(new StringWriter()))
                .run(PsplibBench.instances(J30).subList(0, 1), bounds, List.of(), csv);
        assertThat(Files.readAllLines(csv)).hasSize(2);

        var printed = new StringWriter();
        var bench = new PsplibBench(Duration.ofMillis(300), 42, new PrintWriter(printed));
        var results = bench.run(PsplibBench.instances(J30).subList(0, 2), bounds, ResultsCsv.read(csv, bench.settings()), csv);

        assertThat(results).extracting(InstanceResult::instance).containsExactly("j301_1", "j301_2");
        // The first is taken from the file as it was, to the millisecond; only the second is solved.
        assertThat(results.get(0)).isEqualTo(first.get(0));
        assertThat(results.get(1).checked()).isTrue();
        assertThat(ResultsCsv.read(csv, bench.settings())).isEqualTo(results);
        assertThat(printed.toString()).contains("j301_1", "j301_2");
    }

    @Test
    void aResumedRunKeepsTheEarlierResultsAheadOfItInItsCsv(@TempDir Path dir) throws Exception {
        // A file with a gap (lines deleted to solve those instances again): the result after the gap
        // is in the file at every write, so a run stopped in the gap loses none of it.
        var bounds = Bounds.read(J30.resolve("j30_bounds.tsv"));
        var files = PsplibBench.instances(J30).subList(0, 3);
        var csv = dir.resolve("run.csv");
        var settings = new PsplibBench(Duration.ofMillis(200), 42, new PrintWriter(new StringWriter())).settings();
        var planted = new InstanceResult("j3011_2", 56, true, true, 56, 56, 56, 63, 1, 7, null);
        ResultsCsv.write(List.of(planted), settings, csv);
        // What the file holds each time the bench has printed a row, i.e. between its writes.
        var seen = new ArrayList<List<String>>();
        var out = new PrintWriter(new StringWriter()) {
            @Override
            public void flush() {
                super.flush();
                try {
                    seen.add(Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",")[0]).toList());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };

        var results = new PsplibBench(Duration.ofMillis(200), 42, out)
                .run(files, bounds, ResultsCsv.read(csv, settings), csv);

        assertThat(results).extracting(InstanceResult::instance).containsExactly("j301_1", "j301_2", "j3011_2");
        // Taken from the file as planted (1 ms, 7 moves), not solved again.
        assertThat(results.get(2)).isEqualTo(planted);
        assertThat(seen).contains(List.of("j301_1", "j3011_2")).allSatisfy(lines -> assertThat(lines).contains("j3011_2"));
        assertThat(ResultsCsv.read(csv, settings)).isEqualTo(results);
    }

    @Test
    void cpSatPeerSolvesTheSameInstanceAndItsScheduleIsCheckedToo() throws Exception {
        var bench = new PsplibBench(Duration.ofMillis(500), 42, new PrintWriter(new StringWriter()), 1);

        var results = bench.run(PsplibBench.instances(J30).subList(0, 1), Bounds.read(J30.resolve("j30_bounds.tsv")));

        var peer = results.get(0).peer();
        assertThat(peer.found()).isTrue();
        assertThat(peer.checked()).isTrue();
        assertThat(peer.makespan()).isBetween(43, results.get(0).baseline());
        assertThat(PsplibBench.summary(results)).contains("CP-SAT (same time limit)", "ratio");
    }

    @Test
    void solvesSideBySideAndStillReportsInPsplibOrder() throws Exception {
        var printed = new StringWriter();
        var bench = new PsplibBench(Duration.ofMillis(300), 42, new PrintWriter(printed), 1, 2);
        var files = PsplibBench.instances(J30).subList(0, 3);

        var results = bench.run(files, Bounds.read(J30.resolve("j30_bounds.tsv")));

        assertThat(results).extracting(InstanceResult::instance).containsExactly("j301_1", "j301_2", "j3011_2");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.checked()).isTrue();
            assertThat(result.peer().checked()).isTrue();
            assertThat(result.moves()).isPositive();
        });
        assertThat(printed.toString().lines().skip(1).map(line -> line.split("\\s+")[0]))
                .containsExactly("j301_1", "j301_2", "j3011_2");
    }

    @Test
    void multiModeInstancesAreSolvedByBothWithinTheirStocks() throws Exception {
        var folder = Path.of("..", "datasets", "psplib", "j30mm");
        var bench = new PsplibBench(Duration.ofMillis(500), 42, new PrintWriter(new StringWriter()), 1);

        var results = bench.run(PsplibBench.instances(folder).subList(0, 1), Bounds.read(folder.resolve("j30mm_bounds.tsv")));

        assertThat(results.get(0).checked()).isTrue();
        assertThat(results.get(0).peer().checked()).isTrue();
    }

    @Test
    void criticalPathOfJ301_1IsItsPublishedMpmTime() throws Exception {
        var project = dev.corridor.io.DatasetFiles.read(J30.resolve("j301_1.sm"));
        // PSPLIB's "MPM-Time" for this instance.
        assertThat(CriticalPath.length(project)).isEqualTo(38);
    }
}
