package dev.corridor.benchmarks.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corridor.model.io.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsCsvTest {

    private static final ResultsCsv.Settings SETTINGS = new ResultsCsv.Settings(60_000, 42, 1);

    private static final List<InstanceResult> RESULTS = List.of(
            new InstanceResult("j1201_1", 105, true, true, 99, 104, 105, 119, 60_012, 1_234_567,
                    new InstanceResult.PeerResult(106, true, false, 60_003)),
            new InstanceResult("j1201_2", 110, true, true, 86, 109, 109, 133, 60_009, 987_654,
                    new InstanceResult.PeerResult(-1, true, false, 60_001)),
            new InstanceResult("j3010_3", 0, false, true, 20, null, null, 0, 1_000, 50, null));

    @Test
    void whatIsWrittenReadsBackTheSame(@TempDir Path dir) throws Exception {
        var file = dir.resolve("run.csv");

        ResultsCsv.write(RESULTS, SETTINGS, file);

        assertThat(ResultsCsv.read(file, SETTINGS)).isEqualTo(RESULTS);
        assertThat(Files.readAllLines(file).get(1)).endsWith(",60000,42,1");
    }

    @Test
    void rowsSolvedUnderOtherSettingsAreRefused(@TempDir Path dir) throws Exception {
        var file = dir.resolve("run.csv");
        ResultsCsv.write(RESULTS, SETTINGS, file);

        assertThatThrownBy(() -> ResultsCsv.read(file, new ResultsCsv.Settings(30_000, 42, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).describe())
                        .contains("run.csv", "line 2", "--time-limit 60000 ms", "asks for 30000 ms"));
    }

    @Test
    void anEditedCellIsNamedByLineAndColumn(@TempDir Path dir) throws Exception {
        var file = dir.resolve("run.csv");
        ResultsCsv.write(RESULTS, SETTINGS, file);
        var lines = Files.readAllLines(file);
        lines.set(2, lines.get(2).replaceFirst(",110,", ",about 110,"));
        Files.write(file, lines);

        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe())
                        .contains("line 3, column makespan", "\"about 110\"", "Delete the line"));
    }

    @Test
    void aLineOfAnotherLengthIsNamedAndBlankLinesAreLeftOut(@TempDir Path dir) throws Exception {
        var file = dir.resolve("run.csv");
        ResultsCsv.write(RESULTS, SETTINGS, file);
        var lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(2, "");
        lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(',')));
        Files.write(file, lines);

        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe())
                        .contains("line 4: has 18 columns where 19 were written", "cut or edited"));

        lines.set(3, lines.get(3) + ",1,");
        Files.write(file, lines);
        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe()).contains("line 4: has 20 columns"));
    }

    /**
     * The results committed under benchmarks/results resume: each loads under the settings it was
     * run with and is written back byte for byte, so the file format has not moved.
     */
    @ParameterizedTest
    @CsvSource({"j120-30s.csv, 30000, 0", "j120-60s.csv, 60000, 1", "j30mm-1s-cpsat.csv, 1000, 1", "j60-10s.csv, 10000, 0"})
    void theCommittedResultsLoadAndAreWrittenBackTheSame(String name, long timeLimitMillis, int peerThreads,
            @TempDir Path dir) throws Exception {
        var committed = Path.of("results", name);
        var settings = new ResultsCsv.Settings(timeLimitMillis, 42, peerThreads);

        var results = ResultsCsv.read(committed, settings);

        assertThat(results).hasSize(Files.readAllLines(committed).size() - 1);
        var again = dir.resolve(name);
        ResultsCsv.write(results, settings, again);
        assertThat(again).hasSameBinaryContentAs(committed);
    }

    @Test
    void anInstanceTwiceIsRefused(@TempDir Path dir) throws Exception {
        var file = dir.resolve("run.csv");
        ResultsCsv.write(RESULTS, SETTINGS, file);
        var lines = Files.readAllLines(file);
        lines.add(lines.get(1));
        Files.write(file, lines);

        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe()).contains("line 5", "j1201_1", "line 2"));
    }

    @Test
    void anOlderBenchsResultsAreToldApart(@TempDir Path dir) throws Exception {
        var file = dir.resolve("old.csv");
        Files.writeString(file, "instance,makespan,feasible,checked\nj301_1,43,true,true\n");

        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe()).contains("older bench", "--force"));
    }

    @Test
    void aFileOfAnotherKindIsRefused(@TempDir Path dir) throws Exception {
        var file = dir.resolve("notes.csv");
        Files.writeString(file, "name,length\nj301_1,43\n");

        assertThatThrownBy(() -> ResultsCsv.read(file, SETTINGS))
                .satisfies(e -> assertThat(((InvalidInputException) e).describe()).contains("line 1", "--force"));
    }
}
