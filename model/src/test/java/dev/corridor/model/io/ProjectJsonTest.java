package dev.corridor.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corridor.model.Actual;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.OutOfSequence;
import dev.corridor.model.CostRange;
import dev.corridor.model.Distribution;
import dev.corridor.model.DurationRange;
import dev.corridor.model.Risk;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.BudgetUse;
import dev.corridor.model.plan.ConstraintScore;
import dev.corridor.model.plan.ChainLink;
import dev.corridor.model.plan.Draw;
import dev.corridor.model.plan.Explanation;
import dev.corridor.model.plan.Hold;
import dev.corridor.model.plan.FinanceComparison;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.Outcome;
import dev.corridor.model.plan.PartyUse;
import dev.corridor.model.plan.PeriodPrice;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.model.plan.ResourceProfile;
import dev.corridor.model.plan.Shortfall;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.StockUse;
import dev.corridor.model.plan.SystemCompletion;
import dev.corridor.model.plan.TrancheUse;
import dev.corridor.model.plan.Valuation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dataset reader as a user meets it: every kind of bad input is reported with the JSON path
 * where it is, what is wrong and how to fix it, all problems at once, and no Java in the message.
 */
class ProjectJsonTest {

    /** Surefire runs the model module's tests in model/, so the shared datasets are one level up. */
    private static final Path DATASETS = Path.of("..", "datasets");
    private static final String SOURCE = "demo.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a message must never show a user: Java types, Jackson's wording for programmers, stack frames. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|java\\.|dev\\.corridor|com\\.fasterxml|JsonReadFeature|StreamReadConstraints|`|\\tat ");

    // ---------------------------------------------------------------- valid files and round trips

    @ParameterizedTest
    @ValueSource(strings = {"demo-small.json", "bering-strait.json"})
    void shippedDatasetsRoundTripThroughTheWriter(String name) throws Exception {
        var project = ProjectJson.read(DATASETS.resolve(name));

        var written = JsonFiles.toJson(project);
        var reread = ProjectJson.parse(name + " (rewritten)", written);

        assertThat(reread).isEqualTo(project);
        assertThat(JsonFiles.toJson(reread)).isEqualTo(written);
    }

    @Test
    void demoSmallReadsAsTheProjectItDescribes() throws Exception {
        var project = ProjectJson.read(DATASETS.resolve("demo-small.json"));

        assertThat(project.name()).isEqualTo("Demo: small crossing");
        assertThat(project.periodUnit()).isEqualTo(PeriodUnit.MONTH);
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(project.horizon()).isEqualTo(48);
        assertThat(project.stages()).hasSize(12);
        assertThat(project.stage("tunnel-bore").orElseThrow().modes()).hasSize(2);
        assertThat(project.resource("tbm").orElseThrow().capacityAt(10)).isEqualTo(2);
        assertThat(project.finance().partyShare()).containsOnlyKeys("PUBLIC", "LENDERS", "PRIVATE");
    }

    @Test
    void planRoundTripsThroughItsJson() throws Exception {
        var plan = smallPlan();

        var reread = PlanJson.parse("plan.json", PlanJson.toJson(plan));

        assertThat(reread).isEqualTo(plan);
    }

    @Test
    void planWrittenToAFileIsRecognisedAsAPlanAndReadsBack(@TempDir Path dir) throws Exception {
        var file = dir.resolve("p.json");

        PlanJson.write(smallPlan(), file);

        assertThat(PlanJson.isPlanFile(file)).isTrue();
        assertThat(PlanJson.read(file)).isEqualTo(smallPlan());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNotAPlanIsToldWithoutJavaNames(@TempDir Path dir) throws Exception {
        var notes = dir.resolve("notes.json");
        Files.writeString(notes, "{\"todo\": [1, 2]}");
        assertThat(PlanJson.isPlanFile(notes)).isFalse();

        var missing = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.read(notes));
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("not a corridor plan", "dataset", "stages", "corridor solve");
        });

        var plan = (ObjectNode) JSON.readTree(PlanJson.toJson(smallPlan()));
        ((ObjectNode) plan.withArray("stages").get(0)).put("start", "soon");
        var wrongType = catchThrowableOfType(InvalidInputException.class,
                () -> PlanJson.parse("plan.json", plan.toString()));
        assertThat(wrongType.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[0].start");
            assertThat(p.message()).contains("expected a whole number");
        });

        ((ObjectNode) plan.withArray("stages").get(0)).put("start", 0);
        ((ObjectNode) plan.withArray("resources").get(0)).remove("used");
        var incomplete = catchThrowableOfType(InvalidInputException.class,
                () -> PlanJson.parse("plan.json", plan.toString()));
        assertThat(incomplete.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.resources[0].used");
            assertThat(p.message()).contains("is missing", "corridor solve");
        });

        for (var e : List.of(missing, wrongType, incomplete)) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContainPattern(LEAK));
        }
    }

    @Test
    void aPlanThatDoesNotHoldTogetherIsRefusedByPathBeforeAnythingDrawsIt() throws Exception {
        var plan = (ObjectNode) JSON.readTree(PlanJson.toJson(smallPlan()));
        ((ArrayNode) plan.withArray("resources").get(0).get("used")).add(1);
        ((ObjectNode) plan.withArray("stages").get(0)).putNull("name");
        var refused = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.parse("plan.json", plan.toString()));
        assertThat(refused.problems()).extracting(Problem::path).containsExactly("$.stages[0].name");
        assertThat(refused.problems().get(0).message()).contains("is null");

        ((ObjectNode) plan.withArray("stages").get(0)).remove("name");
        var costless = plan.deepCopy();
        costless.remove("totalCost");
        var missingCost = catchThrowableOfType(InvalidInputException.class,
                () -> PlanJson.parse("plan.json", costless.toString()));
        assertThat(missingCost.problems()).extracting(Problem::path).containsExactly("$.totalCost");
        // Text is never taken for a number: "" is no makespan of 0.
        var text = plan.deepCopy().put("makespan", "");
        var coerced = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.parse("plan.json", text.toString()));
        assertThat(coerced.problems()).extracting(Problem::path).containsExactly("$.makespan");

        var unequal = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.parse("plan.json", plan.toString()));
        assertThat(unequal.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.resources[0].used");
            assertThat(p.message()).contains("periods but the plan's makespan is");
        });
    }

    @Test
    void aPlanWithMoneyPastTheThousandthOrLeftOutIsToldByPath() throws Exception {
        var plan = (ObjectNode) JSON.readTree(PlanJson.toJson(smallPlan()));
        ((ObjectNode) plan.withArray("stages").get(1)).put("cost", 3.0001);

        var e = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.parse("plan.json", plan.toString()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[1].cost");
            assertThat(p.message()).contains("3.0001", "thousandths", "3.000").doesNotContainPattern(LEAK);
        });

        // An amount left out is no zero: the plan's figures would no longer add up.
        ((ObjectNode) plan.withArray("stages").get(1)).remove("cost");
        var missing = catchThrowableOfType(InvalidInputException.class, () -> PlanJson.parse("plan.json", plan.toString()));
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[1].cost");
            assertThat(p.message()).contains("missing").doesNotContainPattern(LEAK);
        });
    }

    // ---------------------------------------------------------------- files that are not JSON objects

    @Test
    void emptyFileIsReportedAtTheRootWithWhatADatasetLooksLike() {
        for (var text : List.of("", "   \n\t\n")) {
            assertThat(problems(text)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.message()).contains("the file is empty", "\"schemaVersion\"");
            });
        }
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        var text = demo().replaceFirst("\"horizon\": 48,", "\"horizon\" 48,");
        var line = lineOf(text, "\"horizon\" 48");

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line " + line + ", column ");
            assertThat(p.message()).startsWith("malformed JSON:").contains("Fix the syntax there");
        });
    }

    @Test
    void truncatedJsonSaysTheFileLooksTruncated() {
        var text = demo();
        var half = text.substring(0, text.length() / 2);

        assertThat(problems(half)).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line ");
            assertThat(p.message()).contains("malformed JSON", "truncated", "restore its end")
                    .doesNotContain("Source", "REDACTED", "Feature");
        });
    }

    @Test
    void topLevelThatIsNotAnObjectIsReported() {
        assertThat(problems("[1, 2, 3]")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("expected a JSON object", "an array");
        });
        assertThat(problems("\"demo\"")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the string \"demo\""));
    }

    @Test
    void textAfterTheDatasetIsReportedNotIgnored() {
        assertThat(problems(demo() + "\n{\"name\": \"second\"}\n")).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line ");
            assertThat(p.message()).contains("more JSON follows", "Remove the rest");
        });
    }

    @Test
    void fieldGivenTwiceInOneObjectIsReportedNotSilentlyOverwritten() {
        var text = demo().replaceFirst("\"horizon\": 48,", "\"horizon\": 48, \"horizon\": 480,");

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line " + lineOf(text, "\"horizon\": 480"));
            assertThat(p.message()).contains("horizon", "only once");
        });
    }

    @Test
    void nanAndCommentsAreExplainedInTheUsersTermsNotJacksonFeatureNames() {
        assertThat(problems(demo().replaceFirst("\"cost\": 4.0", "\"cost\": NaN"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("NaN", "finite number"));
        assertThat(problems(demo().replaceFirst("\"horizon\": 48,", "\"horizon\": 48, // four years"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no comments"));
    }

    @Test
    void pathologicalNestingIsRefusedWithoutExhaustingTheStack() {
        var depth = 100_000;
        var arrays = "[".repeat(depth) + "]".repeat(depth);
        var objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        var insideADataset = demo().replaceFirst("\"horizon\": 48,",
                "\"horizon\": 48, \"x-notes\": " + "[".repeat(200) + "]".repeat(200) + ",");

        for (var text : List.of(arrays, objects, insideADataset)) {
            assertThat(problems(text)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.message()).contains("nests deeper than " + Limits.MAX_NESTING);
            });
        }
    }

    @Test
    void overlongNumberIsReportedAsTooLongNotAsNesting() {
        var text = demo().replaceFirst("\"horizon\": 48", "\"horizon\": " + "9".repeat(5_000));

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("far too long").doesNotContain("nests");
        });
    }

    // ---------------------------------------------------------------- files on disk

    @Test
    void missingFileIsReportedAsSuch(@TempDir Path dir) {
        var file = dir.resolve("nowhere.json");

        var e = catchThrowableOfType(InvalidInputException.class, () -> ProjectJson.read(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
        assertThat(e.describe()).startsWith(file + ": 1 problem");
    }

    @Test
    void directoryGivenAsDatasetIsReported(@TempDir Path dir) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> ProjectJson.read(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is a directory"));
    }

    @Test
    void fileThatIsNotUtf8IsReported(@TempDir Path dir) throws IOException {
        var file = dir.resolve("latin1.json");
        Files.write(file, "{\"name\": \"Gen\u00e8ve\"}".getBytes(StandardCharsets.ISO_8859_1));

        var e = catchThrowableOfType(InvalidInputException.class, () -> ProjectJson.read(file));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    // ---------------------------------------------------------------- types, required fields, unknown fields

    @Test
    void wrongTypesAreReportedWithTheirPathsAndWhatWasExpected() {
        var found = problems(mutate(root -> {
            root.put("horizon", "48");
            at(root, "/stages/3/modes/0").put("duration", "four");
            stage(root, 0).put("id", 5);
            at(root, "/stages/2/modes/0").withObject("/demand").put("crew", "2");
            at(root, "/calendars/0").withArray("open").set(0, JSON.getNodeFactory().textNode("May"));
            root.withObject("/finance").withObject("/partyShare").put("PUBLIC", 0.5);
            root.put("periodUnit", "month");
            root.put("startDate", "2028-13-01");
            root.withArray("stages").set(1, JSON.getNodeFactory().textNode("permits"));
        }));

        assertThat(found).extracting(Problem::path).contains("$.horizon", "$.stages[3].modes[0].duration",
                "$.stages[0].id", "$.stages[2].modes[0].demand.crew", "$.calendars[0].open[0]",
                "$.finance.partyShare.PUBLIC", "$.periodUnit", "$.startDate", "$.stages[1]");
        assertThat(message(found, "$.horizon")).contains("expected a whole number", "the string \"48\"");
        assertThat(message(found, "$.stages[3].modes[0].duration")).contains("expected a whole number", "\"four\"");
        assertThat(message(found, "$.stages[0].id")).contains("expected a string", "the number 5");
        assertThat(message(found, "$.finance.partyShare.PUBLIC")).contains("expected an object");
        assertThat(message(found, "$.periodUnit")).contains("Write it in capitals: \"MONTH\"");
        assertThat(message(found, "$.startDate")).contains("YYYY-MM-DD");
        assertThat(message(found, "$.stages[1]")).contains("expected a stage object");
    }

    @Test
    void missingRequiredFieldsAreReportedWithTheFieldToAdd() {
        var found = problems(mutate(root -> {
            root.remove("name");
            root.remove("horizon");
            stage(root, 10).remove("id"); // fibre: no stage names it as predecessor, so nothing follows on
            stage(root, 4).remove("modes");
            at(root, "/stages/5/predecessors/0").remove("stage");
            at(root, "/resources/1").remove("capacity");
            at(root, "/tranches/0").remove("kind");
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.name", "$.horizon",
                "$.stages[10].id", "$.stages[4].modes", "$.stages[5].predecessors[0].stage",
                "$.resources[1].capacity", "$.tranches[0].kind");
        assertThat(message(found, "$.name")).isEqualTo("is missing; add \"name\" (a string).");
        assertThat(message(found, "$.stages[4].modes")).contains("is missing", "add \"modes\"");
        assertThat(message(found, "$.tranches[0].kind")).contains("GRANT", "LOAN");
    }

    @Test
    void emptyStageListAndEmptyModeListAreReported() {
        assertThat(problems(mutate(root -> root.putArray("stages")))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages");
            assertThat(p.message()).contains("at least one stage");
        });
        assertThat(problems(mutate(root -> stage(root, 0).putArray("modes")))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[0].modes");
            assertThat(p.message()).contains("at least one mode");
        });
    }

    @Test
    void unknownFieldIsReportedWithTheClosestKnownName() {
        var found = problems(mutate(root -> {
            root.set("stges", root.get("stages"));
            stage(root, 0).put("dedline", 10);
            stage(root, 0).put("x-owner", "ok: own fields start with x-");
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.stges", "$.stages[0].dedline");
        assertThat(message(found, "$.stges")).contains("unknown field \"stges\"", "Did you mean \"stages\"?", "\"x-\"");
        assertThat(message(found, "$.stages[0].dedline")).contains("Did you mean \"deadline\"?");
    }

    @Test
    void unsupportedSchemaVersionIsReported() {
        assertThat(problems(mutate(root -> root.put("schemaVersion", 2)))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.schemaVersion");
            assertThat(p.message()).contains("is 2", "schema version 1");
        });
    }

    // ---------------------------------------------------------------- ids and references

    @Test
    void duplicateStageIdsAreReportedWithBothPaths() {
        var found = problems(mutate(root -> stage(root, 7).put("id", "tunnel-bore")));

        assertThat(found).extracting(Problem::path).contains("$.stages[7].id");
        assertThat(message(found, "$.stages[7].id"))
                .contains("duplicate stage id \"tunnel-bore\"", "already used at $.stages[6]", "its own id");
    }

    @Test
    void duplicateIdsOfResourcesCalendarsTranchesAndModesAreReported() {
        var found = problems(mutate(root -> {
            at(root, "/resources/2").put("id", "crew");
            var calendars = root.withArray("calendars");
            calendars.add(calendars.get(0).deepCopy());
            at(root, "/tranches/2").put("id", "bank-loan");
            at(root, "/stages/3/modes/1").put("id", "standard");
        }));

        assertThat(found).extracting(Problem::path).contains("$.resources[2].id", "$.calendars[1].id",
                "$.tranches[2].id", "$.stages[3].modes[1].id");
        assertThat(message(found, "$.resources[2].id")).contains("duplicate resource id \"crew\"", "$.resources[0]");
        assertThat(message(found, "$.calendars[1].id")).contains("duplicate calendar id \"summer\"", "$.calendars[0]");
        assertThat(message(found, "$.tranches[2].id")).contains("duplicate tranche id \"bank-loan\"", "$.tranches[1]");
        assertThat(message(found, "$.stages[3].modes[1].id")).contains("duplicate mode id \"standard\"",
                "$.stages[3].modes[0]");
    }

    @Test
    void unknownReferencesAreReportedWithASuggestion() {
        var found = problems(mutate(root -> {
            at(root, "/stages/2/predecessors/0").put("stage", "permit");
            at(root, "/stages/0/modes/0").withObject("/demand").remove("crew");
            at(root, "/stages/0/modes/0").withObject("/demand").put("crews", 1);
            stage(root, 3).put("calendar", "sumer");
            stage(root, 4).put("calendar", "polar-night");
            root.withArray("milestones").addObject().put("id", "opening").put("stage", "comissioning");
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.stages[2].predecessors[0].stage", "$.stages[0].modes[0].demand.crews", "$.stages[3].calendar",
                "$.stages[4].calendar", "$.milestones[0].stage");
        assertThat(message(found, "$.stages[2].predecessors[0].stage"))
                .contains("stage \"permit\", which does not exist", "Did you mean \"permits\"?");
        assertThat(message(found, "$.stages[0].modes[0].demand.crews"))
                .contains("resource \"crews\"", "Did you mean \"crew\"?");
        assertThat(message(found, "$.stages[3].calendar")).contains("Did you mean \"summer\"?");
        assertThat(message(found, "$.stages[4].calendar")).contains("calendar \"polar-night\"", "Define it or correct the id");
        assertThat(message(found, "$.milestones[0].stage")).contains("Did you mean \"commissioning\"?");
    }

    @Test
    void partyWithAMinimumShareButNoTrancheIsReported() {
        // Tranches are referenced by party only: a required share with no tranche to draw it from.
        var found = problems(mutate(root -> root.withObject("/finance").withObject("/partyShare")
                .putObject("EXPORT-CREDIT").put("min", 0.1).put("max", 0.2)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.partyShare.EXPORT-CREDIT.min");
            assertThat(p.message()).contains("no tranche belongs to it", "Add its tranches or set min to 0");
        });
    }

    @Test
    void precedenceCycleIsReportedNamingEveryStageInIt() {
        var found = problems(mutate(root -> stage(root, 0).withArray("predecessors")
                .addObject().put("stage", "commissioning")));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[0].predecessors");
            assertThat(p.message()).contains("precedence cycle: permits → camp → earthworks → track → commissioning"
                    + " → survey → permits", "remove one of these links");
        });
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
        var found = problems(mutate(root -> {
            stage(root, 0).withArray("predecessors").addObject().put("stage", "permits").put("type", "FS");
            stage(root, 9).withArray("predecessors").addObject().put("stage", "fibre");
            stage(root, 10).withArray("predecessors").addObject().put("stage", "converter");
        }));

        assertThat(found).filteredOn(p -> p.message().startsWith("precedence cycle")).hasSize(2)
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("survey", "permits").doesNotContain("fibre"))
                .anySatisfy(m -> assertThat(m).contains("converter", "fibre"));
    }

    @Test
    void stageThatPrecedesItselfIsReported() {
        var found = problems(mutate(root -> stage(root, 2).withArray("predecessors").addObject().put("stage", "camp")));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[2].predecessors[1].stage");
            assertThat(p.message()).contains("cannot precede itself", "Remove this link");
        });
    }

    // ---------------------------------------------------------------- numbers

    @Test
    void negativeNumbersAreReportedWithTheirAllowedRange() {
        var found = problems(mutate(root -> {
            at(root, "/stages/3/modes/0").put("duration", -1);
            at(root, "/stages/0/modes/0").put("cost", -4.0);
            at(root, "/resources/0").put("capacity", -3);
            stage(root, 5).put("release", -2);
            at(root, "/tranches/1").put("amount", -180);
            root.withObject("/finance").put("discountRate", -0.05);
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.stages[3].modes[0].duration",
                "$.stages[0].modes[0].cost", "$.resources[0].capacity", "$.stages[5].release", "$.tranches[1].amount",
                "$.finance.discountRate");
        assertThat(message(found, "$.stages[3].modes[0].duration")).isEqualTo("is -1 but must be between 0 and 100000.");
        assertThat(message(found, "$.stages[0].modes[0].cost")).contains("is -4.0", "between 0 and 1000000000000000");
        assertThat(message(found, "$.resources[0].capacity")).contains("is -3", "between 0 and");
    }

    @Test
    void absurdNumbersAreReportedWithTheirAllowedRange() {
        var found = problems(mutate(root -> {
            root.put("horizon", 1_000_000_000);
            at(root, "/resources/1").put("capacity", 1e12);
            at(root, "/stages/6/modes/0").put("cost", 1e300);
            at(root, "/tranches/1").put("rate", 6.0);
            at(root, "/calendars/0").put("cycle", 0);
        }).replace("1.0E300", "1e999"));

        assertThat(found).extracting(Problem::path).contains("$.horizon", "$.resources[1].capacity",
                "$.stages[6].modes[0].cost", "$.tranches[1].rate", "$.calendars[0].cycle");
        assertThat(message(found, "$.horizon")).isEqualTo("is 1000000000 but must be between 1 and 100000.");
        assertThat(message(found, "$.stages[6].modes[0].cost")).contains("is 1E+999", "must be between 0 and 1000000000000000");
        assertThat(message(found, "$.tranches[1].rate")).contains("is 6.0", "between 0 and 1");
        assertThat(message(found, "$.calendars[0].cycle")).contains("is 0", "between 1 and");
    }

    @Test
    void durationLongerThanTheHorizonIsReported() {
        var found = problems(mutate(root -> at(root, "/stages/6/modes/0").put("duration", 60)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[6].modes[0].duration");
            assertThat(p.message()).contains("60 periods", "horizon (48)", "Shorten it or extend the horizon");
        });
    }

    @Test
    void lagLongerThanTheHorizonIsReported() {
        var found = problems(mutate(root -> at(root, "/stages/1/predecessors/0").put("lag", -50)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[1].predecessors[0].lag");
            assertThat(p.message()).contains("-50", "horizon (48)");
        });
    }

    @Test
    void releaseAfterTheHorizonAndDeadlineBeforeTheReleaseAreReported() {
        var found = problems(mutate(root -> {
            stage(root, 5).put("release", 50);
            stage(root, 11).put("release", 30).put("deadline", 20);
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.stages[5].release",
                "$.stages[11].deadline");
        assertThat(message(found, "$.stages[5].release")).contains("after the horizon (48)");
        assertThat(message(found, "$.stages[11].deadline")).contains("before the release (30)", "\"commissioning\"");
    }

    // ---------------------------------------------------------------- calendars, capacities, windows, shares

    @Test
    void calendarOffsetOutsideItsCycleIsReported() {
        var found = problems(mutate(root -> {
            var open = at(root, "/calendars/0").withArray("open");
            open.add(12);
            open.add(-1);
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.calendars[0].open[5]",
                "$.calendars[0].open[6]");
        assertThat(message(found, "$.calendars[0].open[5]"))
                .isEqualTo("offset 12 is outside the cycle; offsets run from 0 to 11 (cycle 12).");
    }

    @Test
    void calendarWithNoOpenPeriodIsReported() {
        var found = problems(mutate(root -> at(root, "/calendars/0").putArray("open")));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.calendars[0].open");
            assertThat(p.message()).contains("no open period", "Add at least one offset");
        });
    }

    @Test
    void demandBeyondEveryCapacityTheResourceEverHasIsReported() {
        // tunnel-bore's accelerated mode needs 2 of the tbm resource, which has 1 and then 2 from period 10.
        var found = problems(mutate(root -> at(root, "/stages/6/modes/1")
                .withObject("/demand").put("tbm", 3)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[6].modes[1].demand.tbm");
            assertThat(p.message()).contains("Stage \"tunnel-bore\" needs 3", "mode \"accelerated\"", "at most 2",
                    "Lower its demand or add a capacity change");
        });
    }

    @Test
    void demandMetOnlyAfterARampUpIsAccepted() throws Exception {
        var project = ProjectJson.parse(SOURCE, demo());

        assertThat(project.resource("tbm").orElseThrow().capacityAt(0)).isEqualTo(1);
        assertThat(project.stage("tunnel-bore").orElseThrow().mode("accelerated").demandFor("tbm")).isEqualTo(2);
    }

    @Test
    void capacityReplacedFromPeriodZeroDoesNotCountAsAvailable() {
        // The base capacity of 3 never applies: a change takes over from period 0, and the change at the
        // horizon comes too late for any stage. The most tbm units ever available is 1.
        var found = problems(mutate(root -> {
            var tbm = at(root, "/resources/1");
            tbm.put("capacity", 3);
            var changes = tbm.putArray("capacityChanges");
            changes.addObject().put("from", 0).put("capacity", 1);
            changes.addObject().put("from", 48).put("capacity", 5);
        }));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[6].modes[1].demand.tbm");
            assertThat(p.message()).contains("needs 2", "at most 1");
        });
    }

    @Test
    void capacityChangeAfterTheHorizonIsHarmlessAndAccepted() throws InvalidInputException {
        var project = ProjectJson.parse(SOURCE, mutate(root -> at(root, "/resources/0")
                .withArray("capacityChanges").addObject().put("from", 60).put("capacity", 6)));

        assertThat(project.resources().get(0).capacityChanges()).hasSize(2);
    }

    @Test
    void trancheWindowThatOpensAndClosesInTheSamePeriodIsReportedAsEmpty() {
        var found = problems(mutate(root -> at(root, "/tranches/0").put("from", 12).put("to", 12)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tranches[0].to");
            assertThat(p.message()).contains("empty");
        });
    }

    @Test
    void trancheWindowThatOpensAfterItClosesIsReported() {
        var found = problems(mutate(root -> at(root, "/tranches/0").put("from", 40).put("to", 36)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tranches[0].to");
            assertThat(p.message()).contains("opens at 40", "\"from\" must not be after \"to\"");
        });
    }

    @Test
    void budgetCapWindowThatIsEmptyIsReported() {
        var found = problems(mutate(root -> at(root, "/budgetCaps/1").put("from", 48)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.budgetCaps[1].to");
            assertThat(p.message()).contains("must be after \"from\" (48)");
        });
    }

    @Test
    void budgetCapWindowPastTheHorizonIsReported() {
        // Found by the fuzzer: a cap to period 24,000 on a 48-month horizon let the scheduler push the
        // stages that missed it 2,000 years out, and the financing LP then ran for hours.
        var found = problems(mutate(root -> at(root, "/budgetCaps/0").put("to", 24_000)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.budgetCaps[0].to");
            assertThat(p.message()).contains("is period 24000, after the horizon (48)", "extend the horizon");
        });
    }

    @Test
    void partyShareWithMinimumAboveMaximumIsReported() {
        var found = problems(mutate(root -> root.withObject("/finance").withObject("/partyShare")
                .withObject("/LENDERS").put("min", 0.6).put("max", 0.5)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.partyShare.LENDERS.min");
            assertThat(p.message()).contains("is 0.6", "maximum is 0.5", "min ≤ max");
        });
    }

    @Test
    void minimumSharesAddingUpToMoreThanTheWholeAreReported() {
        var found = problems(mutate(root -> {
            var shares = root.withObject("/finance").withObject("/partyShare");
            shares.withObject("/LENDERS").put("min", 0.5);
            shares.withObject("/PRIVATE").put("min", 0.3);
        }));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.partyShare");
            assertThat(p.message()).contains("add up to", "more than 1");
        });
    }

    // ---------------------------------------------------------------- all at once

    @Test
    void severalDifferentProblemsInOneFileAreAllReportedAtOnce() {
        var text = mutate(root -> {
            root.put("horizon", "forty-eight");                                           // wrong type
            at(root, "/resources/0").remove("capacity");              // missing field
            stage(root, 7).put("id", "tunnel-bore");                                      // duplicate id
            at(root, "/stages/2/predecessors/0").put("stage", "permit"); // unknown stage
            stage(root, 3).put("calendar", "winter");                                     // unknown calendar
            at(root, "/stages/0/modes/0").withObject("/demand").put("crane", 1); // unknown resource
            stage(root, 0).withArray("predecessors").addObject().put("stage", "converter"); // cycle
            at(root, "/stages/9/predecessors/0").put("stage", "survey");
            at(root, "/calendars/0").withArray("open").add(13);       // offset outside cycle
            at(root, "/stages/6/modes/1").withObject("/demand").put("tbm", 9); // over capacity
            at(root, "/tranches/1").put("from", 50).put("to", 40);    // window from > to
            root.withObject("/finance").withObject("/partyShare").withObject("/PRIVATE").put("min", 0.4); // min > max
            at(root, "/stages/5/modes/0").put("cost", -30);          // negative number
        });

        var e = catchThrowableOfType(InvalidInputException.class, () -> ProjectJson.parse(SOURCE, text));

        assertThat(e.problems()).extracting(Problem::path).contains(
                "$.horizon",
                "$.resources[0].capacity",
                "$.stages[7].id",
                "$.stages[2].predecessors[0].stage",
                "$.stages[3].calendar",
                "$.stages[0].modes[0].demand.crane",
                "$.stages[0].predecessors",
                "$.calendars[0].open[5]",
                "$.stages[6].modes[1].demand.tbm",
                "$.tranches[1].to",
                "$.finance.partyShare.PRIVATE.min",
                "$.stages[5].modes[0].cost");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("precedence cycle", "converter"));
        var report = e.describe();
        assertThat(report).startsWith(SOURCE + ": " + e.problems().size() + " problems\n");
        assertThat(report.lines().skip(1)).hasSize(e.problems().size())
                .allSatisfy(line -> assertThat(line).startsWith("  $."));
        assertThat(e.getMessage()).contains("(and " + (e.problems().size() - 1) + " more)");
        assertThatNoLeak(e);
    }

    // ---------------------------------------------------------------- progress

    @Test
    void progressReadsAsTheDataDateAndEachStagesActual() throws Exception {
        var project = ProjectJson.parse(SOURCE, mutate(root -> {
            root.put("dataDate", 9);
            root.put("outOfSequence", "PROGRESS_OVERRIDE");
            stage(root, 0).putObject("actual").put("start", 0).put("finish", 3);
            stage(root, 1).putObject("actual").put("start", 3).put("remaining", 2);
            stage(root, 3).putObject("actual").put("start", 4).put("mode", "standard");
        }));

        assertThat(project.dataDate()).isEqualTo(9);
        assertThat(project.outOfSequenceRule()).isEqualTo(OutOfSequence.PROGRESS_OVERRIDE);
        assertThat(project.stages().get(0).actual()).isEqualTo(new Actual(0, 3, null, null));
        assertThat(project.stages().get(0).actual().hasFinished()).isTrue();
        assertThat(project.stages().get(1).actual()).isEqualTo(new Actual(3, null, null, 2));
        assertThat(project.stages().get(3).actual().mode()).isEqualTo("standard");
        assertThat(project.stages().get(2).actual()).isNull();
        // Written and read back, progress is kept.
        assertThat(ProjectJson.parse(SOURCE, JsonFiles.toJson(project))).isEqualTo(project);
    }

    @Test
    void aProjectWithoutProgressKeepsRetainedLogicAndWritesNoProgressFields() throws Exception {
        var project = ProjectJson.parse(SOURCE, demo());

        assertThat(project.hasProgress()).isFalse();
        assertThat(project.outOfSequenceRule()).isEqualTo(OutOfSequence.RETAINED_LOGIC);
        assertThat(JsonFiles.toJson(project)).doesNotContain("dataDate", "outOfSequence", "actual");
    }

    @Test
    void progressThatCannotHaveHappenedIsRefusedByItsPath() {
        var found = problems(mutate(root -> {
            root.put("dataDate", 9);
            stage(root, 0).putObject("actual").put("start", 0).put("finish", 12);            // finish after the data date
            stage(root, 1).putObject("actual").put("start", 5).put("finish", 4);             // finish before start
            stage(root, 2).putObject("actual").put("start", 10);                             // start after the data date
            stage(root, 5).putObject("actual").put("start", 1).put("finish", 5).put("remaining", 2); // finished, remaining
            stage(root, 6).putObject("actual").put("start", 2);                              // two modes, none named
            stage(root, 7).putObject("actual").put("start", 2).put("mode", "rapid");         // no such mode
            stage(root, 9).putObject("actual").put("start", 2).put("remaining", 0);          // nothing left, no finish
            stage(root, 8).putObject("actual").put("start", 1).put("mode", "standard");      // closed in its season
            stage(root, 10).putObject("actual").put("start", 2).put("when", "May");          // unknown field
        }));

        assertThat(message(found, "$.stages[0].actual.finish")).contains("after the data date (9)", "a finish is history");
        assertThat(message(found, "$.stages[1].actual.finish")).contains("not after the start (5)");
        assertThat(message(found, "$.stages[2].actual.start")).contains("on or after the data date (9)", "Remove \"actual\"");
        assertThat(message(found, "$.stages[5].actual.remaining")).contains("has finished");
        assertThat(message(found, "$.stages[6].actual.mode")).contains("has 2 modes; name the one it runs in");
        assertThat(message(found, "$.stages[7].actual.mode")).contains("\"rapid\"", "does not have");
        assertThat(message(found, "$.stages[9].actual.remaining")).contains("give its actual \"finish\"");
        assertThat(message(found, "$.stages[8].actual.start")).contains("closed in calendar \"summer\"");
        assertThat(message(found, "$.stages[10].actual.when")).isNotBlank();
    }

    @Test
    void progressWithoutADataDateOrADataDatePastTheHorizonIsRefused() {
        var noDate = problems(mutate(root -> stage(root, 0).putObject("actual").put("start", 0)));
        assertThat(message(noDate, "$.stages[0].actual")).contains("has no \"dataDate\"");

        var late = problems(mutate(root -> root.put("dataDate", 49)));
        assertThat(message(late, "$.dataDate")).contains("after the horizon (48)");

        var rule = problems(mutate(root -> root.put("outOfSequence", "retained logic")));
        assertThat(message(rule, "$.outOfSequence")).contains("RETAINED_LOGIC", "PROGRESS_OVERRIDE");
    }

    // ---------------------------------------------------------------- uncertainty, for risk analysis

    @Test
    void rangesRisksAndCorrelationsReadAndWriteBack() throws Exception {
        var project = ProjectJson.parse(SOURCE, mutate(root -> {
            root.putObject("risk").put("distribution", "PERT");
            at(root, "/stages/6/modes/0").putArray("durationRange").add(9).add(10).add(16);
            at(root, "/stages/6/modes/0").putArray("costRange").add(110).add(120.5).add(180);
            at(root, "/calendars/0").put("seasonVariation", 1);
            var risk = root.putArray("risks").addObject().put("id", "fault-zone").put("probability", 0.3);
            risk.putArray("stages").add("tunnel-bore");
            risk.putArray("delay").add(1).add(2).add(6);
            risk.put("cost", 15);
            var talks = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("risks")).addObject()
                    .put("id", "talks-collapse").put("probability", 0.1);
            talks.putObject("withdraw").put("from", 24).putArray("tranches").add(root.get("tranches").get(0).get("id").asText());
            root.putArray("correlations").addObject().put("coefficient", 0.6).putArray("stages").add("earthworks").add("track");
        }));

        var mode = project.stages().get(6).modes().get(0);
        assertThat(mode.durationRange()).isEqualTo(new DurationRange(9, 10, 16));
        assertThat(mode.costRange()).isEqualTo(new CostRange(Money.of(new BigDecimal("110")),
                Money.of(new BigDecimal("120.5")), Money.of(new BigDecimal("180"))));
        assertThat(project.calendars().get(0).seasonVariation()).isEqualTo(1);
        assertThat(project.risk().distribution()).isEqualTo(Distribution.PERT);
        assertThat(project.risks()).extracting(Risk::id).containsExactly("fault-zone", "talks-collapse");
        assertThat(project.risks().get(0).delay()).isEqualTo(new DurationRange(1, 2, 6));
        assertThat(project.risks().get(0).cost()).isEqualTo(CostRange.exactly(Money.of(new BigDecimal("15"))));
        assertThat(project.risks().get(1).withdraw().from()).isEqualTo(24);
        assertThat(project.correlations().get(0).coefficient()).isEqualTo(0.6);
        assertThat(ProjectJson.parse(SOURCE, JsonFiles.toJson(project))).isEqualTo(project);
        // Without them a dataset is exact, and writes none of them.
        assertThat(JsonFiles.toJson(ProjectJson.parse(SOURCE, demo())))
                .doesNotContain("durationRange", "costRange", "seasonVariation", "\"risks\"", "correlations", "\"risk\"");
    }

    @Test
    void uncertaintyThatCannotBeIsRefusedByItsPath() {
        var found = problems(mutate(root -> {
            at(root, "/stages/6/modes/0").putArray("durationRange").add(12).add(10).add(16);
            at(root, "/stages/6/modes/1").putArray("costRange").add(1).add(2.0005).add(3);
            at(root, "/calendars/0").put("seasonVariation", 12);
            var risks = root.putArray("risks");
            risks.addObject().put("id", "nothing").put("probability", 0.5);
            var typo = risks.addObject().put("id", "typo").put("probability", 0.5).put("delay", 2);
            typo.putArray("stages").add("tunnel-bor");
            var gone = risks.addObject().put("id", "gone").put("probability", 0.5);
            gone.putObject("withdraw").put("from", 99).putArray("tranches").add("no-such-tranche");
            root.putArray("correlations").addObject().put("coefficient", 0.5).putArray("stages").add("track");
        }));

        assertThat(message(found, "$.stages[6].modes[0].durationRange")).contains("low, most likely, high");
        assertThat(message(found, "$.stages[6].modes[1].costRange")).contains("three decimals");
        assertThat(message(found, "$.calendars[0].seasonVariation")).contains("less than a whole cycle");
        assertThat(message(found, "$.risks[0]")).contains("changes nothing");
        assertThat(message(found, "$.risks[1].stages[0]")).contains("Did you mean \"tunnel-bore\"");
        assertThat(message(found, "$.risks[2].withdraw.tranches[0]")).contains("no-such-tranche");
        assertThat(message(found, "$.risks[2].withdraw.from")).contains("after the horizon");
        assertThat(message(found, "$.correlations[0].stages")).contains("two or more stages");
    }

    // ---------------------------------------------------------------- helpers

    /** The problems {@link ProjectJson#parse} reports for {@code text}; fails if it accepts it or leaks Java. */
    private static List<Problem> problems(String text) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> ProjectJson.parse(SOURCE, text));
        assertThat(e).as("the reader should refuse this input").isNotNull();
        assertThat(e.source()).isEqualTo(SOURCE);
        assertThat(e.problems()).isNotEmpty();
        assertThatNoLeak(e);
        return e.problems();
    }

    private static void assertThatNoLeak(InvalidInputException e) {
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.path()).matches("\\$.*|line \\d+(, column \\d+)?|file");
            assertThat(p.message()).isNotBlank().doesNotContainPattern(LEAK).matches("(?s).*[.?]");
        });
        assertThat(e.describe()).doesNotContainPattern(LEAK);
    }

    private static String message(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).map(Problem::message).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }

    private static String demo() {
        try {
            return Files.readString(DATASETS.resolve("demo-small.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** demo-small.json with {@code change} applied to its tree. */
    @Test
    void modeThatTakesNoTimeButCostsMoneyIsReported() {
        var found = problems(mutate(root -> at(root, "/stages/0/modes/0").put("duration", 0).put("cost", 12)));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.stages[0].modes[0].cost");
            assertThat(p.message()).contains("takes no time");
        });
    }

    @Test
    void moneyIsReadExactlyToTheThousandth() throws Exception {
        var project = ProjectJson.parse(SOURCE, mutate(root -> {
            at(root, "/stages/0/modes/0").put("cost", 0.1);
            at(root, "/tranches/0").put("amount", 2.675);
        }));

        assertThat(project.stages().get(0).modes().get(0).cost().thousandths()).isEqualTo(100);
        assertThat(project.tranches().get(0).amount().thousandths()).isEqualTo(2_675);
        assertThat(project.finance().minReserve().thousandths()).isEqualTo(5_000);
    }

    @Test
    void moneyWithMoreThanThreeDecimalsIsReportedWithTheAmountRounded() {
        var found = problems(mutate(root -> {
            at(root, "/stages/0/modes/0").put("cost", 12.3456);
            at(root, "/tranches/1").put("amount", 0.0001);
            at(root, "/finance").put("minReserve", 5.0005);
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.stages[0].modes[0].cost",
                "$.tranches[1].amount", "$.finance.minReserve");
        assertThat(message(found, "$.stages[0].modes[0].cost")).isEqualTo("is 12.3456 but money is counted in "
                + "thousandths of the money unit; round it to at most three decimals: 12.346.");
        assertThat(message(found, "$.tranches[1].amount")).contains("is 0.0001", "three decimals: 0.000");
        assertThat(message(found, "$.finance.minReserve")).contains("is 5.0005", "three decimals: 5.001");
    }

    @Test
    void costsAndAmountsThatCouldAddUpPastWhatCorridorCountsAreReported() {
        // Each value is within 10^15, but twelve stages of 10^14 and three tranches of 5 · 10^14 are not.
        var found = problems(mutate(root -> {
            root.withArray("stages").forEach(stage -> stage.withArray("modes")
                    .forEach(mode -> ((ObjectNode) mode).put("cost", 1e14)));
            root.withArray("tranches").forEach(tranche -> ((ObjectNode) tranche).put("amount", 5e14));
        }));

        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("$.stages", "$.tranches");
        assertThat(message(found, "$.stages")).contains("cost up to 1200000000000000 in all", "dearest mode",
                "larger unit");
        assertThat(message(found, "$.tranches")).contains("add up to 1500000000000000", "larger unit");
    }

    @Test
    void financingChargesThatCouldPassWhatCorridorCountsAreReported() {
        // 3 · 2 · 10^14 lent at 100 % a year over the 4-year horizon could charge 2.4 · 10^15.
        var found = problems(mutate(root -> root.withArray("tranches").forEach(tranche -> ((ObjectNode) tranche)
                .put("amount", 2e14).put("rate", 1.0))));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.tranches");
            assertThat(p.message()).contains("could charge up to 2.4", "horizon of 48 periods", "Lower their rates");
        });
    }

    @Test
    void anOpeningValueWorthMoreThanCorridorCountsIsReported() {
        // At 0.00001 % a year, 10^9 a month is worth about 1.2 · 10^17 for ever.
        var found = problems(mutate(root -> {
            var finance = at(root, "/finance");
            finance.put("discountRate", 1e-7);
            finance.putObject("openingValue").put("FREIGHT", 1e9);
        }));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.openingValue");
            assertThat(p.message()).contains("perpetuity", "raise the discount rate");
        });
    }

    @Test
    void openingValueWithoutADiscountRateIsReported() {
        var found = problems(mutate(root -> {
            var finance = at(root, "/finance");
            finance.put("discountRate", 0);
            finance.putObject("openingValue").put("FREIGHT", 10);
        }));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.discountRate");
            assertThat(p.message()).contains("perpetuity");
        });
    }

    @Test
    void partyMaximumsThatCannotCoverAllDrawsTogetherAreReported() {
        var found = problems(mutate(root -> {
            var shares = at(root, "/finance").putObject("partyShare");
            root.withArray("tranches").forEach(t -> ((ObjectNode) t).put("party", "US"));
            shares.putObject("US").put("min", 0).put("max", 0.5);
        }));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.finance.partyShare");
            assertThat(p.message()).contains("at most 0.5", "Raise some maximums");
        });
    }

    @Test
    void ownFieldsWithAnXPrefixAreAcceptedInDemandsAndPartyShares() throws Exception {
        var text = mutate(root -> {
            at(root, "/stages/0/modes/0").withObject("/demand").put("x-note", "crew from the north camp");
            at(root, "/finance").withObject("/partyShare").put("x-source", "treaty draft");
        });

        assertThat(ProjectJson.parse(SOURCE, text).stages().get(0).modes().get(0).demand()).doesNotContainKey("x-note");
    }

    @Test
    void longPrecedenceChainIsCheckedWithoutRunningOutOfStack() throws Exception {
        // Each stage waits for the next one listed, so the search for cycles goes 10,000 deep.
        var json = new StringBuilder("{\"schemaVersion\": 1, \"name\": \"chain\", \"periodUnit\": \"PERIOD\", "
                + "\"horizon\": 20000, \"stages\": [");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i)
                    .append("\", \"modes\": [{\"id\": \"m\", \"duration\": 1}]")
                    .append(i + 1 < n ? ", \"predecessors\": [{\"stage\": \"s" + (i + 1) + "\"}]" : "").append("}");
        }
        json.append("]}");

        assertThat(ProjectJson.parse(SOURCE, json.toString()).stages()).hasSize(n);
    }

    private static String mutate(Consumer<ObjectNode> change) {
        try {
            var root = (ObjectNode) JSON.readTree(demo());
            change.accept(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at {@code pointer}, e.g. "/stages/3/modes/0". */
    private static ObjectNode at(ObjectNode root, String pointer) {
        var node = root.at(pointer);
        assertThat(node.isObject()).as(pointer + " in demo-small.json").isTrue();
        return (ObjectNode) node;
    }

    private static ObjectNode stage(ObjectNode root, int index) {
        JsonNode stage = ((ArrayNode) root.get("stages")).get(index);
        return (ObjectNode) stage;
    }

    private static int lineOf(String text, String needle) {
        var before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static Plan smallPlan() {
        var start = LocalDate.of(2028, 1, 1);
        return new Plan("Tiny", true, "0hard/-5medium/-12000soft", 5, start.plusMonths(5), PeriodUnit.MONTH, start,
                "USD", "million", money("12"),
                List.of(new StagePlan("a", "Stage a", CorridorSystem.FREIGHT, "standard", 0, 3, start,
                                start.plusMonths(3), money("9")),
                        new StagePlan("b", "Stage b", CorridorSystem.SHARED, "fast", 3, 5, start.plusMonths(3),
                                start.plusMonths(5), money("3"), "summer", 0)),
                List.of(new SystemCompletion(CorridorSystem.FREIGHT, 3, start.plusMonths(3), 1),
                        new SystemCompletion(CorridorSystem.SHARED, 5, start.plusMonths(5), 1)),
                List.of(new ResourceProfile("crew", "Crews", 2, 0, List.of(2, 2, 2, 1, 1), List.of(2, 2, 2, 2, 2))),
                List.of(new StockUse("steel", "Steel", 40, 50)),
                List.of(money("3"), money("3"), money("3"), money("1.5"), money("1.5")),
                List.of(new BudgetUse(0, 12, money("20"), money("12"))),
                new FinancePlan(money("0.4"), false, money("1.5"),
                        List.of(new Draw("grant", 0, money("3")), new Draw("loan", 1, money("3.2"))),
                        List.of(new Shortfall(4, start.plusMonths(4), money("1.5"))),
                        List.of(new PeriodPrice(0, 0.0), new PeriodPrice(1, 0.012)),
                        List.of(new TrancheUse("loan", "LENDERS", TrancheKind.LOAN, money("10"), money("3.2"), money("0.4"))),
                        List.of(new PartyUse("LENDERS", money("3.2"), 0.52, 0.0, 0.6),
                                new PartyUse("US", money("3"), 0.48, null, null))),
                new Valuation(money("30"), money("11.5"), money("0.4"), money("18.1")),
                new FinanceComparison(
                        new Outcome(6, start.plusMonths(6), true, money("0.5"), Money.ZERO,
                                new Valuation(money("25"), money("11.4"), money("0.5"), money("13.1"))),
                        new Outcome(5, start.plusMonths(5), false, money("0.4"), money("1.5"),
                                new Valuation(money("30"), money("11.5"), money("0.4"), money("18.1"))), 2),
                List.of(new ConstraintScore("Makespan", "medium", 5, 1)),
                new PlanStats(42, 500, null, 17, 1234, 72588, 3L, null),
                List.of(new dev.corridor.model.Calendar("summer", "Summer", 12, List.of(3, 4, 5))),
                new Explanation(List.of(
                        new ChainLink("a", "Stage a", 0, 3, Hold.PROJECT_START, null, null, null, null, "Starts with the project."),
                        new ChainLink("b", "Stage b", 3, 5, Hold.PREDECESSOR, "a", null, null, null, "Starts when a finishes."))),
                null);
    }

    private static Money money(String amount) {
        return Money.of(new BigDecimal(amount));
    }
}
