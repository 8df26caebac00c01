package dev.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.support.Mutator;
import dev.corridor.support.RandomProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dataset's JSON Schema tells the truth about the reader: every shipped or generated dataset is
 * valid for both, they know the same fields of every object, a dataset broken in its structure is
 * refused by both, and no dataset the reader accepts is one the schema refuses. The reader checks
 * more than a schema can say (references, cycles, demands against capacities, money to the
 * thousandth), so the schema accepts some datasets the reader refuses, never the other way round.
 */
class DatasetSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("datasets", "schema", "dataset.schema.json");

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA));
    }

    private static List<String> schemaErrors(String json) throws Exception {
        return schema().validate(JSON.readTree(json)).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private static boolean readerAccepts(String json) {
        try {
            ProjectJson.parse("dataset.json", json);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    static Stream<Arguments> validDatasets() throws Exception {
        var datasets = new ArrayList<Arguments>();
        try (var shipped = Files.list(Path.of("datasets"))) {
            for (var file : shipped.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                datasets.add(Arguments.of(file.toString(), Files.readString(file)));
            }
        }
        datasets.add(Arguments.of("generated corridor", JsonFiles.toJson(SyntheticCorridor.generate(120, 3))));
        datasets.add(Arguments.of("random dataset 7", JsonFiles.toJson(RandomProjects.generate(7))));
        datasets.add(Arguments.of("converted PSPLIB multi-mode", JsonFiles.toJson(
                DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm")))));
        datasets.add(Arguments.of("converted Primavera XER", JsonFiles.toJson(
                DatasetFiles.read(Path.of("datasets", "samples", "takt-building.xer")))));
        return datasets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDatasets")
    void aValidDatasetIsValidForTheSchemaAndTheReader(String name, String json) throws Exception {
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(readerAccepts(json)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDatasets")
    void aValidDatasetIsTheSameAfterItsRoundTripThroughJson(String name, String json) throws Exception {
        var read = ProjectJson.parse(name, json);
        var written = JsonFiles.toJson(read);
        assertThat(ProjectJson.parse(name, written)).isEqualTo(read);
        assertThat(schemaErrors(written)).isEmpty();
    }

    @Test
    void theSchemaAndTheReaderKnowTheSameFieldsOfEveryObject() throws Exception {
        var root = JSON.readTree(Files.readString(SCHEMA));
        var defs = root.get("$defs");
        var objects = Map.ofEntries(Map.entry("dataset", root), Map.entry("resource", defs.get("resource")),
                Map.entry("capacityChange", defs.get("resource").get("properties").get("capacityChanges").get("items")),
                Map.entry("calendar", defs.get("calendar")), Map.entry("budgetCap", defs.get("budgetCap")),
                Map.entry("stage", defs.get("stage")), Map.entry("mode", defs.get("mode")),
                Map.entry("predecessor", defs.get("predecessor")), Map.entry("milestone", defs.get("milestone")),
                Map.entry("tranche", defs.get("tranche")), Map.entry("finance", defs.get("finance")),
                Map.entry("shareBounds", defs.get("shareBounds")), Map.entry("actual", defs.get("actual")),
                Map.entry("riskSettings", defs.get("riskSettings")), Map.entry("risk", defs.get("risk")),
                Map.entry("withdrawal", defs.get("withdrawal")), Map.entry("correlation", defs.get("correlation")));
        assertThat(objects.keySet()).isEqualTo(ProjectJson.knownFields().keySet());
        for (var entry : objects.entrySet()) {
            var object = entry.getValue();
            var inSchema = new TreeSet<String>();
            object.get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertThat(inSchema).as("fields of a %s", entry.getKey())
                    .isEqualTo(new TreeSet<>(ProjectJson.knownFields().get(entry.getKey())));
            // Like the reader, the schema refuses every other field but the user's own "x-" ones.
            assertThat(object.get("additionalProperties").asBoolean(true)).as("%s closed", entry.getKey()).isFalse();
            assertThat(object.get("patternProperties").has("^x-")).as("%s takes x- fields", entry.getKey()).isTrue();
        }
    }

    /** Structural mistakes a schema can see, each on the demo dataset; both must refuse every one. */
    static Stream<Arguments> structurallyBroken() {
        return Stream.of(
                broken("no name", d -> d.remove("name")),
                broken("an unknown top-level field", d -> d.put("horizn", 48)),
                broken("a horizon in words", d -> d.put("horizon", "four years")),
                broken("a horizon of 0", d -> d.put("horizon", 0)),
                broken("a period unit in lower case", d -> d.put("periodUnit", "month")),
                broken("a schema version of 2", d -> d.put("schemaVersion", 2)),
                broken("no stages", d -> d.putArray("stages")),
                broken("a stage without modes", d -> stage(d).remove("modes")),
                broken("an unknown stage field", d -> stage(d).put("duration", 3)),
                broken("a system that is none", d -> stage(d).put("system", "WATER")),
                broken("a negative release", d -> stage(d).put("release", -1)),
                broken("a negative duration", d -> mode(d).put("duration", -2)),
                broken("a fractional duration", d -> mode(d).put("duration", 2.5)),
                broken("a negative cost", d -> mode(d).put("cost", -4)),
                broken("a cost past 10^15", d -> mode(d).put("cost", 2e15)),
                broken("an unknown mode field", d -> mode(d).put("crew", 2)),
                broken("a data date in words", d -> d.put("dataDate", "2031-05")),
                broken("an out-of-sequence rule in lower case", d -> d.put("outOfSequence", "retained_logic")),
                broken("an actual without a start", d -> actual(d).put("finish", 3)),
                broken("an actual with remaining 0", d -> actual(d).put("start", 0).put("remaining", 0)),
                broken("an unknown actual field", d -> actual(d).put("start", 0).put("percent", 50)),
                broken("a duration range of fractions", d -> mode(d).putArray("durationRange").add(2.5).add(3).add(8)),
                broken("a cost range of two numbers", d -> mode(d).putArray("costRange").add(5).add(8)),
                broken("a risk without a probability", d -> d.putArray("risks").addObject().put("id", "r")
                        .putArray("stages").add("survey")),
                broken("a risk probability above 1", d -> d.putArray("risks").addObject().put("id", "r").put("probability", 1.5)),
                broken("a correlation coefficient below -1", d -> d.putArray("correlations").addObject()
                        .put("coefficient", -2).putArray("stages").add("survey").add("permits")),
                broken("a distribution in lower case", d -> d.putObject("risk").put("distribution", "pert")),
                broken("a negative season variation", d -> ((ObjectNode) d.get("calendars").get(0)).put("seasonVariation", -1)),
                broken("a demand in words", d -> ((ObjectNode) mode(d).get("demand")).put("crew", "two")),
                broken("a link type that is none", d -> ((ObjectNode) d.get("stages").get(1).get("predecessors").get(0))
                        .put("type", "XX")),
                broken("a resource without capacity", d -> ((ObjectNode) d.get("resources").get(0)).remove("capacity")),
                broken("a capacity change without from", d -> ((ObjectNode) d.get("resources").get(0)
                        .get("capacityChanges").get(0)).remove("from")),
                broken("a calendar without open periods", d -> ((ObjectNode) d.get("calendars").get(0)).remove("open")),
                broken("a budget cap without max", d -> ((ObjectNode) d.get("budgetCaps").get(0)).remove("max")),
                broken("a tranche of no kind", d -> ((ObjectNode) d.get("tranches").get(0)).put("kind", "GIFT")),
                broken("a rate above 1", d -> ((ObjectNode) d.get("tranches").get(0)).put("rate", 1.5)),
                broken("an unknown finance field", d -> ((ObjectNode) d.get("finance")).put("inflation", 0.02)),
                broken("a share above 1", d -> ((ObjectNode) d.get("finance")).putObject("partyShare").putObject("US")
                        .put("min", 0).put("max", 1.2)),
                broken("a currency in lower case", d -> d.put("currency", "usd")));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    private static ObjectNode stage(ObjectNode dataset) {
        return (ObjectNode) dataset.get("stages").get(0);
    }

    /** The first stage's progress, empty, with a data date for it. */
    private static ObjectNode actual(ObjectNode dataset) {
        dataset.put("dataDate", 6);
        return stage(dataset).putObject("actual");
    }

    private static ObjectNode mode(ObjectNode dataset) {
        return (ObjectNode) stage(dataset).get("modes").get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structurallyBroken")
    void aDatasetBrokenInItsStructureIsRefusedByBoth(String name, Consumer<ObjectNode> change) throws Exception {
        var dataset = (ObjectNode) JSON.readTree(Files.readString(Path.of("datasets", "demo-small.json")));
        change.accept(dataset);
        var json = JSON.writeValueAsString(dataset);
        assertThat(schemaErrors(json)).as("the schema's errors").isNotEmpty();
        assertThat(readerAccepts(json)).as("the reader accepts it").isFalse();
    }

    @Test
    void noMutantTheReaderAcceptsIsOneTheSchemaRefuses() throws Exception {
        var mutator = new Mutator(new Random(5));
        var accepted = 0;
        var disagreements = new ArrayList<String>();
        for (var file : List.of("demo-small.json", "bering-strait.json", "bering-strait-talks-collapse.json",
                "bering-strait-update-2036-01.json")) {
            var text = Files.readString(Path.of("datasets", file));
            for (int n = 0; n < 150; n++) {
                var mutant = mutator.mutate(text, true);
                JsonNode tree;
                try {
                    tree = JSON.readTree(mutant);
                } catch (Exception notJson) {
                    continue;
                }
                if (readerAccepts(mutant)) {
                    accepted++;
                    var errors = schema().validate(tree);
                    if (!errors.isEmpty()) {
                        disagreements.add(file + " " + mutator.applied() + ": the schema says " + errors);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("mutants the reader accepts").isPositive();
    }
}
