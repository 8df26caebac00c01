package dev.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.corridor.model.LinkType;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.Problem;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.support.Checked;
import dev.corridor.support.Solve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PSPLIB single-mode instances, and refusing damaged ones with the line to look at. */
class PsplibReaderTest {

    /** Surefire runs the solver module's tests in the project root. */
    private static final Path J301 = Path.of("datasets", "psplib", "j30", "j301_1.sm");
    private static final String SOURCE = "j301_1.sm";

    // Line numbers in j301_1.sm that the tests below edit.
    private static final int JOB_8_PRECEDENCE_LINE = 26;
    private static final int JOB_3_REQUEST_LINE = 57;
    private static final int CAPACITY_LINE = 90;

    @Test
    void j301_1HasThirtyStagesWithoutTheDummySourceAndSink() throws Exception {
        var project = PsplibReader.read(J301);

        assertThat(project.name()).isEqualTo("j301_1");
        assertThat(project.periodUnit()).isEqualTo(PeriodUnit.PERIOD);
        assertThat(project.startDate()).isNull();
        assertThat(project.horizon()).isEqualTo(158);
        assertThat(project.stages()).extracting(Stage::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 31).mapToObj(Integer::toString).toList());
        assertThat(project.calendars()).isEmpty();
        assertThat(project.budgetCaps()).isEmpty();
        assertThat(project.tranches()).isEmpty();
    }

    @Test
    void j301_1HasFourRenewableResourcesWithTheirCapacities() throws Exception {
        var project = PsplibReader.read(J301);

        assertThat(project.resources()).extracting(Resource::id).containsExactly("R1", "R2", "R3", "R4");
        assertThat(project.resources()).extracting(Resource::capacity).containsExactly(12, 13, 4, 12);
        assertThat(project.resources()).allSatisfy(r -> assertThat(r.capacityChanges()).isEmpty());
    }

    @Test
    void eachJobHasOneModeWithItsDurationAndNonZeroRequests() throws Exception {
        var project = PsplibReader.read(J301);

        var job3 = project.stage("3").orElseThrow();
        assertThat(job3.modes()).singleElement().satisfies(mode -> {
            assertThat(mode.id()).isEqualTo("1");
            assertThat(mode.duration()).isEqualTo(4);
            assertThat(mode.cost()).isEqualTo(Money.ZERO);
            assertThat(mode.demand()).isEqualTo(Map.of("R1", 10));
        });
        assertThat(project.stage("26").orElseThrow().modes().get(0).demand()).isEqualTo(Map.of("R3", 4));
        assertThat(project.stage("8").orElseThrow().modes().get(0).duration()).isEqualTo(9);
    }

    @Test
    void precedenceComesFromTheFileWithDummyLinksDropped() throws Exception {
        var project = PsplibReader.read(J301);

        // Jobs 2, 3 and 4 follow only the dummy source, so they have no predecessors left.
        assertThat(predecessors(project, "2")).isEmpty();
        assertThat(predecessors(project, "3")).isEmpty();
        assertThat(predecessors(project, "4")).isEmpty();
        assertThat(predecessors(project, "6")).containsExactly("2");
        assertThat(predecessors(project, "20")).containsExactlyInAnyOrder("5", "11", "18");
        assertThat(predecessors(project, "22")).containsExactlyInAnyOrder("16", "17", "18");
        assertThat(predecessors(project, "30")).containsExactlyInAnyOrder("6", "24", "25");
        assertThat(predecessors(project, "31")).containsExactlyInAnyOrder("26", "28");
        // 45 links in the file, less the 3 from the source and the 3 into the sink.
        assertThat(project.stages()).flatExtracting(Stage::predecessors).hasSize(42)
                .allSatisfy(link -> {
                    assertThat(link.type()).isEqualTo(LinkType.FS);
                    assertThat(link.lag()).isZero();
                    assertThat(link.stage()).isNotIn("1", "32");
                });
    }

    @Test
    void instanceIsAValidDatasetWhenWrittenAsJson() throws Exception {
        var project = PsplibReader.read(J301);

        var reread = ProjectJson.parse("j301_1 as JSON", JsonFiles.toJson(project));

        assertThat(reread).isEqualTo(project);
    }

    @Test
    void datasetFilesChoosesThePsplibReaderByExtension() throws Exception {
        assertThat(DatasetFiles.read(J301)).isEqualTo(PsplibReader.read(J301));
    }

    @Test
    void multiModeInstanceHasThreeModesPerJobAndNonRenewableStocks() throws Exception {
        var project = DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j309_1.mm"));

        assertThat(project.stages()).hasSize(30).allSatisfy(stage -> assertThat(stage.modes()).hasSize(3));
        assertThat(project.resources()).extracting(r -> r.id() + ":" + r.kind())
                .containsExactly("R1:RENEWABLE", "R2:RENEWABLE", "N1:NONRENEWABLE", "N2:NONRENEWABLE");
        // The renewable requests hold per period; the non-renewable ones are totals for the mode.
        assertThat(project.stage("2").orElseThrow().modes()).extracting(m -> m.id()).containsExactly("1", "2", "3");
    }

    @Test
    void multiModeInstanceIsSolvedFeasiblyWithinItsStocks() throws Exception {
        var project = DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm"));

        var plan = Solve.checked(project, dev.corridor.SolveOptions.stepLimit(2_000));

        assertThat(plan.feasible()).isTrue();
        Checked.assertHolds(project, plan);
        assertThat(plan.stocks()).allMatch(stock -> stock.used() <= stock.capacity());
    }

    @Test
    void modeLineOutOfOrderIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        var text = Files.readString(Path.of("datasets", "psplib", "j30mm", "j309_1.mm"));
        // In the requests of job 2, its second mode's line claims to be mode 9.
        int requests = text.indexOf("REQUESTS/DURATIONS");
        var tail = text.substring(requests).replaceFirst("(?m)^(\\s+)2(\\s+\\d+(\\s+\\d+){4}\\s*)$", "$19$2");
        var broken = text.substring(0, requests) + tail;
        assertThat(broken).isNotEqualTo(text);
        var mm = Files.writeString(dir.resolve("broken.mm"), broken);

        var e = catchThrowableOfType(InvalidInputException.class, () -> DatasetFiles.read(mm));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line ");
            assertThat(p.message()).contains("mode 2");
        });
    }

    // ---------------------------------------------------------------- damaged files

    @Test
    void emptyFileIsReportedAtLineOne() {
        for (var text : List.of("", "\n\n   \n")) {
            assertThat(problems(text)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("line 1");
                assertThat(p.message()).contains("the file is empty", "PSPLIB");
            });
        }
    }

    @Test
    void fileCutInHalfIsReportedAsTruncatedAtALine() {
        var text = j301();

        var found = problems(text.substring(0, text.length() / 2));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).matches("line \\d+");
            assertThat(p.message()).contains("truncated");
        });
    }

    @Test
    void fileCutAnywhereIsRefusedWithALineNeverWithACrash() {
        var text = j301();
        // After the capacities only a line of stars follows, which the reader does not need.
        var capacities = "   12   13    4   12";
        var complete = text.indexOf(capacities) + capacities.length();
        for (int end = 0; end < complete; end += 7) {
            var cut = text.substring(0, end);

            var e = catchThrowableOfType(InvalidInputException.class, () -> PsplibReader.parse(SOURCE, "cut", cut));

            assertThat(e).as("cut after %d characters", end).isNotNull();
            // A cut inside the last number can leave a smaller capacity, which requests then exceed.
            assertThat(e.problems()).as("cut after %d characters", end).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).matches("line \\d+"));
        }
    }

    @Test
    void fileCutAfterThePrecedenceRelationsNamesTheLineWhereTheRequestsShouldBe() {
        var lines = j301().lines().toList();
        var cut = String.join("\n", lines.subList(0, 54)) + "\n";

        assertThat(problems(cut)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line 54");
            assertThat(p.message()).contains("ends before the duration and requests of job 1", "truncated");
        });
    }

    @Test
    void textThatIsNotAPsplibInstanceIsReported() {
        assertThat(problems("{\"schemaVersion\": 1}\n")).singleElement().satisfies(p -> {
            assertThat(p.path()).matches("line \\d+");
            assertThat(p.message()).contains("no line starting with \"jobs (incl. supersource/sink\"",
                    "not a PSPLIB instance");
        });
    }

    @Test
    void missingFileIsReported() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> PsplibReader.read(Path.of("datasets", "psplib", "j30", "j30_missing.sm")));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    @Test
    void requestAboveTheResourceCapacityIsReportedOnTheJobsLine() {
        // Job 3 requests 10 of R1; with R1 at 9 it could never be placed without breaking capacity.
        var text = replaceLine(j301(), CAPACITY_LINE, "    9   13    4   12");

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line " + JOB_3_REQUEST_LINE);
            assertThat(p.message()).isEqualTo("job 3 requests 10 of R1 but only 9 exist (line " + CAPACITY_LINE
                    + "). Lower the request or raise the capacity.");
        });
    }

    @Test
    void everyRequestAboveCapacityIsReportedAtOnce() {
        var text = replaceLine(j301(), CAPACITY_LINE, "    3   13    3   12");

        var found = problems(text);

        // R1 requests above 3: jobs 2, 3, 7, 9, 13, 25; R3 requests above 3: job 26.
        assertThat(found).extracting(Problem::message).allSatisfy(m -> assertThat(m).contains("but only 3 exist"));
        assertThat(found).extracting(p -> p.message().replaceFirst("^job (\\d+) .*$", "$1"))
                .containsExactly("2", "3", "7", "9", "13", "25", "26");
    }

    @Test
    void negativeDurationRequestAndCapacityAreReported() {
        var text = replaceLine(j301(), JOB_3_REQUEST_LINE, "  3      1    -4      -1    0    0    0");
        text = replaceLine(text, CAPACITY_LINE, "   12   13   -4   12");

        var found = problems(text);

        // Requests of R3 are not compared with its negative capacity: one report is enough.
        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("line " + CAPACITY_LINE,
                "line " + JOB_3_REQUEST_LINE, "line " + JOB_3_REQUEST_LINE);
        assertThat(found).extracting(Problem::message).contains(
                "resource R3 has capacity -4; a capacity cannot be negative.",
                "job 3 has duration -4; it must be between 0 and the horizon (158).",
                "job 3 requests -1 of R1; a request cannot be negative.");
    }

    @Test
    void successorThatDoesNotExistIsReportedOnItsOwnLine() {
        var text = replaceLine(j301(), JOB_8_PRECEDENCE_LINE, "   8        1          3          12  19  77");

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line " + JOB_8_PRECEDENCE_LINE);
            assertThat(p.message()).contains("job 8 names successor 77, which does not exist", "1 to 32");
        });
    }

    @Test
    void precedenceCycleIsReportedNamingOnlyTheJobsOnIt() {
        // 27 → 28 is in the file; 28 → 27 closes a cycle. Job 31, after 28, is blocked but not on it.
        var text = replaceLine(j301(), 46, "  28        1          2          31  27");

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("line 45"); // job 27's successors
            assertThat(p.message()).contains("precedence cycle among jobs 27, 28;", "Remove one of their successor links");
        });
    }

    @Test
    void absurdJobCountIsReportedBeforeAnythingIsAllocated() {
        for (var count : List.of("-5", "1", "2000000000")) {
            var text = j301().replace("jobs (incl. supersource/sink ):  32", "jobs (incl. supersource/sink ):  " + count);

            assertThat(problems(text)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("line 6");
                assertThat(p.message()).contains("the job count is " + count, "between 3 and");
            });
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> predecessors(Project project, String stage) {
        return project.stage(stage).orElseThrow().predecessors().stream().map(Predecessor::stage).toList();
    }

    private static List<Problem> problems(String text) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> PsplibReader.parse(SOURCE, "j301_1", text));
        assertThat(e).as("the reader should refuse this file").isNotNull();
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.describe()).startsWith(SOURCE + ": ").doesNotContain("Exception", "java.", "\tat ");
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).matches("line \\d+"));
        return e.problems();
    }

    private static String replaceLine(String text, int lineNumber, String line) {
        var lines = new java.util.ArrayList<>(text.lines().toList());
        lines.set(lineNumber - 1, line);
        return String.join("\n", lines) + "\n";
    }

    private static String j301() {
        try {
            return Files.readString(J301);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aModeThatAsksForMoreThanExistsIsLeftOutOfItsMultiModeJob() throws Exception {
        // In j3033_9, mode 1 of jobs 7 and 10 asks for 10 of R2, of which there are 9.
        var project = PsplibReader.read(Path.of("datasets", "psplib", "j30mm", "j3033_9.mm"));

        assertThat(project.stage("7").orElseThrow().modes()).extracting(m -> m.id()).containsExactly("2", "3");
        assertThat(project.stage("10").orElseThrow().modes()).extracting(m -> m.id()).containsExactly("2", "3");
        assertThat(project.stage("8").orElseThrow().modes()).hasSize(3);
    }
}
