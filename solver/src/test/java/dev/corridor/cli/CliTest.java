package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.check.Rule;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.support.Checked;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a user meets it, run in-process. Surefire runs the solver module's tests in
 * the project root, so {@code datasets/...} resolves.
 */
class CliTest {

    private static final Path DEMO = Path.of("datasets", "demo-small.json");
    private static final Path J301 = Path.of("datasets", "psplib", "j30", "j301_1.sm");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- success and infeasibility

    @Test
    void solvingTheDemoWritesAFeasiblePlanAndExitsZero() throws Exception {
        var plan = dir.resolve("p.json");

        var run = run("solve", DEMO.toString(), "--step-limit", "500", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("Demo: small crossing: feasible plan", "Plan written to " + plan);
        assertThat(run.err).isEmpty();
        var written = PlanJson.read(plan);
        assertThat(written.feasible()).isTrue();
        assertThat(written.stages()).hasSize(12);
        Checked.assertHolds(DatasetFiles.read(DEMO), written);
        assertThat(files()).containsExactly("p.json");
    }

    @Test
    void psplibInstanceIsSolvedFromTheCommandLine() throws Exception {
        var plan = dir.resolve("j301_1.plan.json");

        var run = run("solve", J301.toString(), "--step-limit", "200", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isZero();
        var written = PlanJson.read(plan);
        assertThat(written.stages()).hasSize(30);
        Checked.assertHolds(DatasetFiles.read(J301), written);
    }

    @Test
    void noFeasiblePlanExitsThreeAndStillWritesThePlan() throws Exception {
        // Commissioning comes last, after months of work: a deadline at period 5 cannot be met.
        var dataset = write("late.json", demo().replace("\"deadline\": 44", "\"deadline\": 5"));
        var plan = dir.resolve("late.plan.json");

        var run = run("solve", dataset.toString(), "--step-limit", "300", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isEqualTo(3);
        assertThat(run.out).contains("NO FEASIBLE PLAN FOUND", "Deadline", "Plan written to " + plan);
        var written = PlanJson.read(plan);
        assertThat(written.feasible()).isFalse();
        assertThat(Files.readString(plan)).contains("\"feasible\" : false");
        // The independent check agrees, and finds nothing but the deadline the dataset makes impossible.
        assertThat(Checked.verdict(DatasetFiles.read(dataset), written).violations())
                .isNotEmpty().allMatch(violation -> violation.rule() == Rule.DEADLINE);
    }

    @Test
    void defaultOutputIsTheDatasetNameWithPlanJson() {
        assertThat(SolveCommand.defaultOutput(Path.of("datasets", "demo-small.json")))
                .isEqualTo(Path.of("demo-small.plan.json"));
        assertThat(SolveCommand.defaultOutput(J301)).isEqualTo(Path.of("j301_1.plan.json"));
    }

    // ---------------------------------------------------------------- bad input files

    @Test
    void missingDatasetExitsTwoNamingTheFile() {
        var missing = dir.resolve("nowhere.json");

        var run = solveRefused(missing);

        assertThat(run.err).contains(missing.toString(), "does not exist");
    }

    @Test
    void emptyDatasetExitsTwoSayingItIsEmpty() throws IOException {
        var empty = write("empty.json", "");

        var run = solveRefused(empty);

        assertThat(run.err).contains(empty + ": 1 problem", "$: the file is empty");
    }

    @Test
    void malformedJsonExitsTwoWithLineAndColumn() throws IOException {
        var bad = write("bad.json", demo().replaceFirst("\"horizon\": 48,", "\"horizon\": 48,,"));

        var run = solveRefused(bad);

        assertThat(run.err).containsPattern("line 7, column \\d+: malformed JSON").contains("Fix the syntax there");
    }

    @Test
    void truncatedJsonExitsTwoSayingTheFileLooksTruncated() throws IOException {
        var text = demo();
        var cut = write("cut.json", text.substring(0, text.length() / 2));

        var run = solveRefused(cut);

        assertThat(run.err).contains(cut.toString(), "line ", "truncated");
    }

    @Test
    void truncatedPsplibFileExitsTwoNamingALine() throws IOException {
        var text = Files.readString(J301);
        var cut = write("j301_1.sm", text.substring(0, text.length() / 2));

        var run = solveRefused(cut);

        assertThat(run.err).containsPattern("j301_1\\.sm: 1 problem\\n  line \\d+: ").contains("truncated");
    }

    @Test
    void directoryGivenAsDatasetExitsTwo() throws IOException {
        var folder = Files.createDirectory(dir.resolve("a-folder.json"));

        var run = solveRefused(folder);

        assertThat(run.err).contains(folder.toString(), "is a directory");
    }

    @Test
    void datasetWithProblemsExitsTwoWithoutWritingAPlan() throws IOException {
        var bad = write("dup.json", demo().replace("\"id\": \"fibre\"", "\"id\": \"converter\""));

        var run = solveRefused(bad);

        assertThat(run.err).contains("$.stages[10].id: duplicate stage id \"converter\", already used at $.stages[9]");
    }

    // ---------------------------------------------------------------- bad usage

    @Test
    void unknownOptionExitsTwoWithUsage() {
        var run = run("solve", DEMO.toString(), "--fast");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("Unknown option: '--fast'", "Usage: corridor solve");
        assertNoStackTrace(run);
    }

    @Test
    void unknownCommandAndNoCommandExitTwo() {
        var unknown = run("optimise", DEMO.toString());
        var none = run();

        assertThat(unknown.code).isEqualTo(2);
        assertThat(unknown.err).contains("optimise");
        assertThat(none.code).isEqualTo(2);
        assertThat(none.err).contains("Name a command", "Usage: corridor");
        assertNoStackTrace(unknown);
        assertNoStackTrace(none);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "30x", "-5s", "0s", "PT-1S", "99999999999999999999h"})
    void badTimeLimitExitsTwoNamingTheOption(String limit) {
        var plan = dir.resolve("p.json");

        var run = run("solve", DEMO.toString(), "--time-limit", limit, "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--time-limit");
        assertNoStackTrace(run);
        assertThat(plan).doesNotExist();
    }

    @Test
    void negativeStepLimitExitsTwo() {
        var plan = dir.resolve("p.json");

        var run = run("solve", DEMO.toString(), "--step-limit", "-1", "-o", plan.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("--step-limit must not be negative (got -1)");
        assertNoStackTrace(run);
        assertThat(plan).doesNotExist();
    }

    @Test
    void missingDatasetArgumentExitsTwo() {
        var run = run("solve");

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("Missing required parameter: 'DATASET'");
    }

    // ---------------------------------------------------------------- the output file

    @Test
    void outputThatIsTheDatasetItselfIsRefused() throws IOException {
        var dataset = write("mine.json", demo());

        var run = run("solve", dataset.toString(), "--step-limit", "10", "-o", dataset.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("is the dataset itself");
        assertThat(Files.readString(dataset)).isEqualTo(demo());
        assertThat(files()).containsExactly("mine.json");
    }

    @Test
    void outputThatIsTheDatasetUnderAnotherNameIsRefusedEvenWithForce() throws IOException {
        var dataset = write("mine.json", demo());
        var sameFile = dir.resolve(".").resolve("mine.json");

        var run = run("solve", dataset.toString(), "--step-limit", "10", "--force", "-o", sameFile.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("is the dataset itself");
        assertThat(Files.readString(dataset)).isEqualTo(demo());
    }

    @Test
    void existingFileThatIsNotAPlanIsNotOverwrittenWithoutForce() throws IOException {
        var notes = write("notes.json", "{\"my\": \"notes\"}\n");

        var refused = run("solve", DEMO.toString(), "--step-limit", "10", "-o", notes.toString());

        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains(notes.toString(), "exists and is not a plan", "--force");
        assertNoStackTrace(refused);
        assertThat(Files.readString(notes)).isEqualTo("{\"my\": \"notes\"}\n");
        assertThat(files()).containsExactly("notes.json");

        var forced = run("solve", DEMO.toString(), "--step-limit", "10", "--force", "-o", notes.toString());

        assertThat(forced.code).as(forced.toString()).isZero();
        assertThat(PlanJson.isPlanFile(notes)).isTrue();
        assertThat(files()).containsExactly("notes.json");
    }

    @Test
    void existingPlanFileIsReplacedWithoutForce() throws Exception {
        var plan = dir.resolve("p.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "10", "--seed", "1", "-o", plan.toString()).code).isZero();
        Files.writeString(plan, Files.readString(plan).replace("\"dataset\" : \"Demo: small crossing\"",
                "\"dataset\" : \"an older run\""));

        var run = run("solve", DEMO.toString(), "--step-limit", "10", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(PlanJson.read(plan).dataset()).isEqualTo("Demo: small crossing");
        assertThat(files()).containsExactly("p.json");
    }

    @Test
    void outputThatIsADirectoryIsRefused() throws IOException {
        var folder = Files.createDirectory(dir.resolve("out"));

        var run = run("solve", DEMO.toString(), "--step-limit", "10", "-o", folder.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("is a directory");
        try (var inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void outputInsideAFileIsRefusedBeforeSolving() throws IOException {
        var file = write("notes.txt", "notes\n");

        for (var output : List.of(file.resolve("p.json"), file.resolve("sub").resolve("p.json"))) {
            var run = run("solve", DEMO.toString(), "--step-limit", "10", "-o", output.toString());

            assertThat(run.code).isEqualTo(2);
            assertThat(run.err).contains(file.toString(), "is a file, not a folder");
            assertThat(run.out).isEmpty();
            assertNoStackTrace(run);
        }
        assertThat(Files.readString(file)).isEqualTo("notes\n");
        assertThat(files()).containsExactly("notes.txt");
    }

    @Test
    void outputInAFolderThatDoesNotExistYetIsWrittenThere() throws Exception {
        var plan = dir.resolve("runs").resolve("today").resolve("p.json");

        var run = run("solve", DEMO.toString(), "--step-limit", "10", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(PlanJson.isPlanFile(plan)).isTrue();
        try (var inside = Files.list(plan.getParent())) {
            assertThat(inside).containsExactly(plan);
        }
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateAcceptsAGoodDataset() {
        var run = run("validate", DEMO.toString());

        assertThat(run.code).isZero();
        assertThat(run.out).contains("demo-small.json: valid (12 stages, 3 resources, 1 calendars");
        assertThat(run.err).isEmpty();
    }

    @Test
    void validateReportsEveryProblemAtOnce() throws IOException {
        var bad = write("many.json", demo()
                .replace("\"horizon\": 48", "\"horizon\": \"48\"")                    // wrong type
                .replace("\"id\": \"fibre\"", "\"id\": \"converter\"")                 // duplicate id
                .replace("\"demand\": {\"tbm\": 1}", "\"demand\": {\"tbm\": 4}")        // beyond capacity
                .replace("\"open\": [4, 5, 6, 7, 8]", "\"open\": [4, 5, 6, 7, 8, 12]")  // outside the cycle
                .replace("\"calendar\": \"summer\"", "\"calendar\": \"winter\"")        // unknown calendar
                .replace("{\"min\": 0.0, \"max\": 0.3}", "{\"min\": 0.4, \"max\": 0.3}")); // min > max

        var run = run("validate", bad.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith(bad + ": ")
                .contains("$.horizon: expected a whole number",
                        "$.stages[10].id: duplicate stage id \"converter\"",
                        "$.stages[6].modes[0].demand.tbm: Stage \"tunnel-bore\" needs 4",
                        "$.calendars[0].open[5]: offset 12 is outside the cycle",
                        "$.stages[3].calendar: refers to calendar \"winter\"",
                        "$.finance.partyShare.PRIVATE.min: is 0.4 but the maximum is 0.3");
        var count = Integer.parseInt(run.err.replaceFirst("(?s)^.*?: (\\d+) problems\\n.*$", "$1"));
        assertThat(count).isGreaterThanOrEqualTo(6);
        assertThat(run.err.lines().skip(1)).hasSize(count);
        assertNoStackTrace(run);
    }

    @Test
    void validateReportsAPrecedenceCycleNamingIt() throws IOException {
        var bad = write("cycle.json", demo().replace(
                "\"predecessors\": []", "\"predecessors\": [{\"stage\": \"fibre\"}]"));

        var run = run("validate", bad.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("precedence cycle: ", "fibre → survey");
    }

    @Test
    void validateOfAMissingFileExitsTwo() {
        var run = run("validate", dir.resolve("gone.json").toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("gone.json", "does not exist");
        assertNoStackTrace(run);
    }

    @Test
    void reportReachesTheRealStandardErrorBeforeTheProcessExits() throws IOException {
        // main() calls System.exit right after run(); what picocli's default writer buffers is lost.
        var empty = write("empty.json", "");
        var plan = dir.resolve("p.json").toString();
        for (var args : List.of(new String[] {"validate", empty.toString()},
                new String[] {"solve", empty.toString(), "-o", plan})) {
            var captured = new ByteArrayOutputStream();
            var original = System.err;
            int code;
            System.setErr(new PrintStream(captured, false, StandardCharsets.UTF_8));
            try {
                code = Main.run(args);
            } finally {
                System.setErr(original);
            }

            assertThat(code).isEqualTo(2);
            assertThat(captured.toString(StandardCharsets.UTF_8)).as(args[0])
                    .contains(empty + ": 1 problem", "the file is empty");
        }
    }

    // ---------------------------------------------------------------- finance

    @Test
    void financeRefinancesASolvedPlanAndWritesItOnlyWhenAsked() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "200", "-o", plan.toString()).code).isZero();
        var before = Files.readString(plan);

        var printed = run("finance", DEMO.toString(), plan.toString());
        assertThat(printed.code).as(printed.toString()).isZero();
        assertThat(printed.out).contains("Financing", "every period funded", "public-grant");
        assertThat(Files.readString(plan)).isEqualTo(before);

        var refinanced = dir.resolve("refinanced.json");
        var written = run("finance", DEMO.toString(), plan.toString(), "-o", refinanced.toString());
        assertThat(written.code).isZero();
        var result = PlanJson.read(refinanced);
        Checked.assertHolds(DatasetFiles.read(DEMO), result);
    }

    @Test
    void checkConfirmsASolvedPlanAndNamesWhatAHandEditBreaks() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "200", "-o", plan.toString()).code).isZero();

        var confirmed = run("check", DEMO.toString(), plan.toString());
        assertThat(confirmed.code).as(confirmed.toString()).isZero();
        assertThat(confirmed.out).contains("holds every rule of " + DEMO + ", and every figure it reports is true");

        // A planner pulls the survey one month earlier by hand, into period -1.
        var edited = dir.resolve("edited.plan.json");
        Files.writeString(edited, Files.readString(plan).replaceFirst("\"start\" : 0,", "\"start\" : -1,"));
        var broken = run("check", DEMO.toString(), edited.toString());
        assertThat(broken.code).isEqualTo(3);
        assertThat(broken.out).contains("violations against " + DEMO,
                "period -1 (2027-12): stage survey starts before the project's first period",
                "period 3 (2028-04): stage survey is reported to finish here, but its 3 worked periods");
        assertNoStackTrace(broken);

        var unreadable = run("check", DEMO.toString(), write("not-a-plan.json", "{\"stages\": 3}").toString());
        assertThat(unreadable.code).isEqualTo(2);
        assertThat(unreadable.err).contains("not-a-plan.json: $.stages: expected an array");
        assertNoStackTrace(unreadable);
    }

    @Test
    void financeRefusesAPlanWhoseScheduleFiguresItsStagesDoNotGive() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "200", "-o", plan.toString()).code).isZero();
        // Edited by hand: the crews' profile no longer matches the stages, which refinancing would carry on.
        Files.writeString(plan, Files.readString(plan).replaceFirst("\"used\" : \\[ 1,", "\"used\" : [ 3,"));
        var refinanced = dir.resolve("refinanced.json");

        var run = run("finance", DEMO.toString(), plan.toString(), "-o", refinanced.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("its schedule reports figures its stages do not give",
                "$.resources[0].used[0]: the plan reports 3, the dataset gives 1", "corridor check");
        assertThat(refinanced).doesNotExist();
    }

    @Test
    void financeWithTooLittleMoneyNamesTheShortPeriodsAndExitsThree() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "200", "-o", plan.toString()).code).isZero();
        var poor = write("poor.json", demo().replace("\"amount\": 250", "\"amount\": 25"));

        var run = run("finance", poor.toString(), plan.toString());

        assertThat(run.code).as(run.toString()).isEqualTo(3);
        assertThat(run.out).containsPattern("\\d{4}-\\d{2}: short by [\\d,.]+ million USD|short by .* over \\d+ periods");
    }

    @Test
    void financeRefusesAPlanMadeForAnotherDataset() throws Exception {
        var plan = dir.resolve("j301.plan.json");
        assertThat(run("solve", J301.toString(), "--step-limit", "50", "-o", plan.toString()).code).isZero();

        var run = run("finance", DEMO.toString(), plan.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("j301.plan.json", "$.stages", "do not match");
        assertNoStackTrace(run);
    }

    @Test
    void financeRefusesAPlanWhoseCostsTheDatasetNoLongerHas() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "100", "-o", plan.toString()).code).isZero();
        var dearer = write("dearer.json", demo().replaceFirst("\"cost\": (\\d+)", "\"cost\": 9$1"));

        var run = run("finance", dearer.toString(), plan.toString());

        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("$.spend[", "costs changed", "Solve the dataset again");
    }

    @Test
    void financeRefusesADatasetWithoutTranches() throws Exception {
        var plan = dir.resolve("j301.plan.json");
        assertThat(run("solve", J301.toString(), "--step-limit", "50", "-o", plan.toString()).code).isZero();

        var run = run("finance", J301.toString(), plan.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("$.tranches", "no tranches");
    }

    @Test
    void financeReportsAPlanFileThatIsNoPlan() throws Exception {
        var notPlan = write("notes.json", "{\"hello\": 1}");

        var run = run("finance", DEMO.toString(), notPlan.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("notes.json", "not a corridor plan");
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------- convert

    @Test
    void convertWritesAMultiModeInstanceAsADatasetThatValidatesAndSolves() throws Exception {
        var dataset = dir.resolve("j309_1.json");

        var run = run("convert", Path.of("datasets", "psplib", "j30mm", "j309_1.mm").toString(), "-o", dataset.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(Files.readString(dataset)).contains("\"kind\" : \"NONRENEWABLE\"").doesNotContain("null");
        assertThat(run("validate", dataset.toString()).code).isZero();
        assertThat(DatasetFiles.read(dataset)).isEqualTo(DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j309_1.mm")));
    }

    @Test
    void convertNeverOverwritesWithoutForce() throws Exception {
        var existing = write("mine.json", "{\"keep\": true}");

        var refused = run("convert", J301.toString(), "-o", existing.toString());

        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains("exists", "--force");
        assertThat(Files.readString(existing)).isEqualTo("{\"keep\": true}");
        assertThat(run("convert", J301.toString(), "-o", existing.toString(), "--force").code).isZero();
    }

    // ---------------------------------------------------------------- Primavera and MS Project files

    private static final Path TAKT = Path.of("datasets", "samples", "takt-building.xer");

    @Test
    void convertWritesThePrimaveraSampleAsADatasetAndWarnsOfWhatItCannotHold() throws Exception {
        var dataset = dir.resolve("takt.json");

        var run = run("convert", TAKT.toString(), "-o", dataset.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("25 stages, 1 resources written to " + dataset);
        assertThat(run.err.lines()).allMatch(line -> line.startsWith("warning: " + TAKT + ": "))
                .anyMatch(line -> line.contains("closed 2021-12-27 to 2021-12-31"));
        assertNoStackTrace(run);
        assertThat(run("validate", dataset.toString()).code).isZero();
        assertThat(DatasetFiles.read(dataset)).isEqualTo(DatasetFiles.read(TAKT));
    }

    @Test
    void solvingThePrimaveraSampleDirectlyGivesAFeasiblePlan() throws Exception {
        var plan = dir.resolve("takt.plan.json");

        var run = run("solve", TAKT.toString(), "--step-limit", "200", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isZero();
        Checked.assertHolds(DatasetFiles.read(TAKT), PlanJson.read(plan));
        // Solving a project file warns of what it loses, as converting it does.
        assertThat(run.err).contains("warning: " + TAKT + ": ", "closed 2021-12-27 to 2021-12-31");
        assertThat(run("validate", TAKT.toString()).err).contains("warning: " + TAKT + ": ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage.xer", "garbage.xml", "garbage.mpp"})
    void anUnreadableProjectFileExitsTwoSayingWhatIsWrongAndHowToFixIt(String name) throws IOException {
        var garbage = write(name, "this is no schedule\n\u0000\u0001 at all\n");

        var run = run("convert", garbage.toString(), "-o", dir.resolve("x.json").toString());

        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).startsWith(garbage + ": 1 problem")
                .contains("cannot be read as a Primavera P6 (XER, P6 XML) or MS Project (XML, MPP) file",
                        "Export it again from P6 or MS Project");
        assertNoStackTrace(run);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void exportWritesAnMspdiFileThatConvertsBackToTheSameStagesAndLinks() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "100", "-o", plan.toString()).code).isZero();
        var xml = dir.resolve("demo.xml");

        var run = run("export", plan.toString(), "--dataset", DEMO.toString(), "-o", xml.toString());

        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("12 tasks, 3 resources written to " + xml);
        assertThat(Files.readString(xml)).startsWith("<?xml").contains("<Project xmlns=\"http://schemas.microsoft.com/project\"");
        var back = dir.resolve("back.json");
        var converted = run("convert", xml.toString(), "-o", back.toString());
        assertThat(converted.code).as(converted.toString()).isZero();
        assertThat(converted.err).isEmpty();
        var demo = DatasetFiles.read(DEMO);
        var again = DatasetFiles.read(back);
        assertThat(again.stages()).extracting(s -> s.id() + " " + s.predecessors())
                .isEqualTo(demo.stages().stream().map(s -> s.id() + " " + s.predecessors()).toList());
    }

    @Test
    void exportNeverOverwritesWithoutForce() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "50", "-o", plan.toString()).code).isZero();
        var existing = write("plan.xml", "<keep/>");

        var refused = run("export", plan.toString(), "--dataset", DEMO.toString(), "-o", existing.toString());

        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains(existing.toString(), "exists", "--force");
        assertNoStackTrace(refused);
        assertThat(Files.readString(existing)).isEqualTo("<keep/>");
        var forced = run("export", plan.toString(), "--dataset", DEMO.toString(), "-o", existing.toString(), "--force");
        assertThat(forced.code).as(forced.toString()).isZero();
        assertThat(Files.readString(existing)).contains("<Tasks>");
        assertThat(files()).containsExactly("demo.plan.json", "plan.xml");
    }

    @Test
    void exportRefusesAPlanMadeForAnotherDataset() throws Exception {
        var plan = dir.resolve("demo.plan.json");
        assertThat(run("solve", DEMO.toString(), "--step-limit", "50", "-o", plan.toString()).code).isZero();
        var xml = dir.resolve("bering.xml");

        var run = run("export", plan.toString(), "--dataset", Path.of("datasets", "bering-strait.json").toString(),
                "-o", xml.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("demo.plan.json", "do not match");
        assertNoStackTrace(run);
        assertThat(xml).doesNotExist();
    }

    @Test
    void exportRefusesADatasetWithoutDates() throws Exception {
        var plan = dir.resolve("j301.plan.json");
        assertThat(run("solve", J301.toString(), "--step-limit", "50", "-o", plan.toString()).code).isZero();

        var run = run("export", plan.toString(), "--dataset", J301.toString(), "-o", dir.resolve("j301.xml").toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains(J301.toString(), "no dates", "startDate");
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------- help and version

    @ParameterizedTest
    @ValueSource(strings = {"", "solve", "validate", "finance", "explain", "report", "convert", "export"})
    void helpWorksOnEveryCommandAndListsTheExitCodes(String command) {
        for (var flag : List.of("--help", "-h")) {
            var run = run(args(command, flag));

            assertThat(run.code).as(run.toString()).isZero();
            assertThat(run.out).contains("Usage: corridor" + (command.isEmpty() ? "" : " " + command), "Exit codes:",
                    "0   success", "2   bad usage or bad input", "3   solved, but no feasible plan");
            assertThat(run.err).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "solve", "validate", "finance", "explain", "report", "convert", "export"})
    void versionWorksOnEveryCommand(String command) {
        for (var flag : List.of("--version", "-V")) {
            var run = run(args(command, flag));

            assertThat(run.code).isZero();
            assertThat(run.out).startsWith("corridor ").contains("Timefold Solver", "Java");
            assertThat(run.err).isEmpty();
        }
    }

    /** The options are one mixin, their help is each command's own (see OutputHelp): none may be left blank. */
    @ParameterizedTest
    @ValueSource(strings = {"solve", "finance", "report", "convert", "export", "generate"})
    void everyCommandThatWritesAFileSaysWhatItsOutputAndForceDo(String command) {
        var run = run(command, "--help");

        assertThat(run.out).containsPattern("-o, --output=FILE +\\S").containsPattern("--force +\\S");
    }

    /** picocli warns on the JVM's stderr, not the command's, when a description is not a valid format. */
    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        var commands = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        commands.add("");
        var stderr = System.err;
        for (var command : commands) {
            var captured = new java.io.ByteArrayOutputStream();
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            Run run;
            try {
                run = run(args(command, "--help"));
            } finally {
                System.setErr(stderr);
            }

            assertThat(run.code).as(command).isZero();
            assertThat(run.err).as(command).isEmpty();
            assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).as(command).isEmpty();
        }
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        var run = run("help", "solve");

        assertThat(run.code).isZero();
        assertThat(run.out).contains("Usage: corridor solve", "--step-limit", "--force", "Exit codes:");
    }

    // ---------------------------------------------------------------- helpers

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        var run = CliRun.of(args);
        return new Run(run.code(), run.out(), run.err());
    }

    private static String[] args(String command, String flag) {
        return command.isEmpty() ? new String[] {flag} : new String[] {command, flag};
    }

    /**
     * Solves {@code dataset} into the temporary directory and asserts it was refused as bad input:
     * exit 2, the file named, no stack trace, and no plan or leftover temporary file written.
     */
    private Run solveRefused(Path dataset) {
        var before = files();
        var plan = dir.resolve("refused.plan.json");

        var run = run("solve", dataset.toString(), "--step-limit", "10", "-o", plan.toString());

        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).as("stderr names the file").contains(dataset.toString());
        assertThat(run.out).doesNotContain("Plan written");
        assertNoStackTrace(run);
        assertThat(plan).doesNotExist();
        assertThat(files()).isEqualTo(before);
        return run;
    }

    private static void assertNoStackTrace(Run run) {
        new CliRun(run.code, run.out, run.err).assertNoStackTrace();
    }

    /** The names in the temporary directory, hidden temporary files included. */
    private Set<String> files() {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String demo() {
        try {
            return Files.readString(DEMO);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
