package dev.corridor.model.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corridor.model.Actual;
import dev.corridor.model.BudgetCap;
import dev.corridor.model.Calendar;
import dev.corridor.model.CapacityChange;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Finance;
import dev.corridor.model.LinkType;
import dev.corridor.model.Milestone;
import dev.corridor.model.Mode;
import dev.corridor.model.OutOfSequence;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Withdrawal;
import dev.corridor.model.RiskSettings;
import dev.corridor.model.Risk;
import dev.corridor.model.Distribution;
import dev.corridor.model.Correlation;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.ShareBounds;
import dev.corridor.model.Stage;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dataset file into a {@link Project}, reporting every problem it finds (syntax, types,
 * missing fields, bad references, cycles, impossible demands) with its JSON path and a fix.
 */
public final class ProjectJson {

    private static final String ROOT = "$";

    /**
     * The fields the format knows, by kind of object; any other field (but an "x-" one of the user's)
     * is refused. The dataset's JSON Schema lists the same, which a test holds it to.
     */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("dataset", List.of("schemaVersion", "name", "description", "periodUnit", "startDate", "horizon", "currency", "moneyUnit", "resources", "calendars", "budgetCaps", "stages", "milestones", "tranches", "finance", "dataDate", "outOfSequence", "risk", "risks", "correlations")),
            Map.entry("resource", List.of("id", "name", "kind", "capacity", "capacityChanges")),
            Map.entry("capacityChange", List.of("from", "capacity")),
            Map.entry("calendar", List.of("id", "name", "cycle", "open", "seasonVariation")),
            Map.entry("budgetCap", List.of("from", "to", "max")),
            Map.entry("stage", List.of("id", "name", "description", "system", "calendar", "release", "deadline", "modes", "predecessors", "actual")),
            Map.entry("actual", List.of("start", "finish", "mode", "remaining")),
            Map.entry("riskSettings", List.of("distribution")),
            Map.entry("risk", List.of("id", "name", "probability", "stages", "delay", "cost", "withdraw")),
            Map.entry("withdrawal", List.of("tranches", "from")),
            Map.entry("correlation", List.of("stages", "coefficient")),
            Map.entry("mode", List.of("id", "name", "duration", "cost", "demand", "durationRange", "costRange")),
            Map.entry("predecessor", List.of("stage", "type", "lag")),
            Map.entry("milestone", List.of("id", "name", "stage", "weight")),
            Map.entry("tranche", List.of("id", "name", "party", "kind", "amount", "from", "to", "rate", "upfrontFee", "commitmentFee")),
            Map.entry("finance", List.of("discountRate", "minReserve", "partyShare", "openingValue")),
            Map.entry("shareBounds", List.of("min", "max")));


    private ProjectJson() {
    }

    /** The fields the format knows, by kind of object (dataset, resource, stage, mode, ...). */
    public static Map<String, List<String>> knownFields() {
        return FIELDS;
    }

    public static Project read(Path file) throws InvalidInputException {
        return parse(file.toString(), readText(file));
    }

    /**
     * The dataset text {@code json} with progress recorded at {@code dataDate}: the data date set, and
     * each stage's "actual" set from {@code progress} (or removed, for a stage not in it). Everything
     * else in the file (descriptions, names, the user's own "x-" fields, the order of fields) is kept
     * as it was. The result is read back, so a progress the format refuses is reported here.
     */
    public static String withProgress(String source, String json, int dataDate, Map<String, Actual> progress)
            throws InvalidInputException {
        var root = (ObjectNode) tree(source, json);
        root.put("dataDate", dataDate);
        var stages = root.get("stages");
        if (stages != null && stages.isArray()) {
            for (var node : stages) {
                if (!(node instanceof ObjectNode stage) || !stage.hasNonNull("id")) {
                    continue;
                }
                var actual = progress.get(stage.get("id").asText());
                if (actual == null) {
                    stage.remove("actual");
                    continue;
                }
                var written = stage.putObject("actual").put("start", actual.start());
                if (actual.finish() != null) {
                    written.put("finish", actual.finish());
                }
                if (actual.mode() != null) {
                    written.put("mode", actual.mode());
                }
                if (actual.remaining() != null) {
                    written.put("remaining", actual.remaining());
                }
            }
        }
        try {
            var text = mapper().writer(datasetStyle()).writeValueAsString(root) + "\n";
            parse(source, text);
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that was read cannot be written.", e);
        }
    }

    /** Indented as the shipped datasets are: {@code "key": value}, each array item on its own line. */
    private static DefaultPrettyPrinter datasetStyle() {
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        var printer = new DefaultPrettyPrinter(separators);
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return printer;
    }

    /** Reads a whole text file, turning the usual file-system failures into user errors. */
    public static String readText(Path file) throws InvalidInputException {
        var source = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(source, "file", "is a directory; give the path of a dataset file.");
        }
        try {
            var bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "file", "does not exist; check the path.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "file", "is not UTF-8 text; save it as UTF-8.");
        } catch (IOException e) {
            throw new InvalidInputException(source, "file", "cannot be read (" + e.getMessage() + ").");
        }
    }

    public static Project parse(String source, String json) throws InvalidInputException {
        var root = tree(source, json);
        var problems = new ArrayList<Problem>();
        var paths = new IdentityHashMap<Object, String>();
        var project = new Reader(new Fields(problems), paths).project(root);
        problems.addAll(new ProjectValidator(project, paths).problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return project;
    }

    /** The JSON tree of {@code json}, or the syntax problem with its line and column. */
    static JsonNode tree(String source, String json) throws InvalidInputException {
        if (json.isBlank()) {
            throw new InvalidInputException(source, ROOT,
                    "the file is empty; a dataset is a JSON object such as {\"schemaVersion\": 1, \"name\": ..., \"stages\": [...]}.");
        }
        try {
            var root = mapper().readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException(source, ROOT, "expected a JSON object {...} at the top level but found "
                        + (root == null ? "nothing" : Fields.describe(root)) + ".");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson raises this for any of its limits (nesting, number length, name length), not only nesting.
            var what = firstLine(e.getOriginalMessage());
            if (what.contains("nesting")) {
                throw new InvalidInputException(source, ROOT, "the JSON nests deeper than " + Limits.MAX_NESTING
                        + " levels; a dataset needs only a few. Check the file is a corridor dataset.");
            }
            throw new InvalidInputException(source, where(e), "a value is far too long for a dataset: " + what
                    + ". Check the file is a corridor dataset.");
        } catch (JsonParseException e) {
            var what = firstLine(e.getOriginalMessage());
            throw new InvalidInputException(source, where(e), "malformed JSON: " + what + "." + syntaxFix(what));
        } catch (MismatchedInputException e) {
            // The only mapping failure readTree can raise: more JSON after the top-level value.
            throw new InvalidInputException(source, where(e),
                    "more JSON follows the dataset's closing }; a file holds one dataset. Remove the rest.");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, where(e), "malformed JSON: " + firstLine(e.getOriginalMessage()) + ".");
        }
    }

    private static String where(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? ROOT
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** How to fix a syntax error, in the user's terms rather than Jackson's feature names. */
    private static String syntaxFix(String what) {
        if (what.contains("end-of-input") || what.contains("Unexpected end")) {
            return " The file looks truncated; restore its end.";
        }
        if (what.startsWith("Duplicate field")) {
            return " A field may appear only once in an object; keep one.";
        }
        if (what.startsWith("Non-standard token")) {
            return " JSON has no NaN or Infinity; write a finite number.";
        }
        if (what.contains("comment")) {
            return " JSON has no comments; remove it, or keep notes in an \"x-\" field.";
        }
        return " Fix the syntax there.";
    }

    /**
     * The first line of a Jackson message without its hints for programmers (feature names such as
     * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}), which mean nothing to the user and name the wrong fix.
     */
    static String firstLine(String text) {
        var line = text == null ? "" : text.lines().findFirst().orElse("");
        line = line.replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\((?:consider enabling|not recognized as one since)[^)]*\\)+", "")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static ObjectMapper mapper() {
        var mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(Limits.MAX_NESTING).build());
        // A field given twice would silently keep the last value, and text after the dataset would be ignored.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Money is exact to the thousandth: 0.1 must reach Fields.money as the decimal 0.1, not the double
        // nearest it, or three decimals could not be told from more.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // ...and as written (-4.0 stays -4.0), so that a problem quotes the file.
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }

    /** Builds records from the tree, remembering each record's path for the validator. */
    private record Reader(Fields fields, Map<Object, String> paths) {

        Project project(JsonNode root) {
            var path = ROOT;
            fields.rejectUnknown(root, path, FIELDS.get("dataset"));
            var schemaVersion = fields.integer(root, "schemaVersion", path, true, 1, Integer.MAX_VALUE, Project.SCHEMA_VERSION);
            if (schemaVersion != Project.SCHEMA_VERSION) {
                fields.problem(Fields.child(path, "schemaVersion"), "is " + schemaVersion
                        + " but this version of corridor reads schema version " + Project.SCHEMA_VERSION + ".");
            }
            var name = fields.text(root, "name", path, true);
            // Free text for people: type-checked like every field, not kept in the plan.
            fields.text(root, "description", path, false);
            var periodUnit = fields.enumeration(root, "periodUnit", path, true, PeriodUnit.class, PeriodUnit.PERIOD);
            var startDate = fields.date(root, "startDate", path, false);
            var horizon = fields.integer(root, "horizon", path, true, 1, Limits.MAX_PERIOD, Limits.MAX_PERIOD);
            var currency = fields.text(root, "currency", path, false);
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                fields.problem(Fields.child(path, "currency"), "\"" + currency + "\" is not an ISO 4217 code; write three capitals such as \"USD\".");
            }
            var moneyUnit = fields.text(root, "moneyUnit", path, false);
            var resources = fields.objects(fields.array(root, "resources", path, false), "a resource").stream()
                    .map(r -> remember(resource(r.node(), r.path()), r.path())).toList();
            var calendars = fields.objects(fields.array(root, "calendars", path, false), "a calendar").stream()
                    .map(c -> remember(calendar(c.node(), c.path()), c.path())).toList();
            var budgetCaps = fields.objects(fields.array(root, "budgetCaps", path, false), "a budget cap").stream()
                    .map(b -> remember(budgetCap(b.node(), b.path()), b.path())).toList();
            var stageNodes = fields.objects(fields.array(root, "stages", path, true), "a stage");
            if (stageNodes.isEmpty() && root.has("stages") && root.get("stages").isArray()) {
                fields.problem(Fields.child(path, "stages"), "is empty; a project needs at least one stage.");
            }
            var stages = stageNodes.stream().map(s -> remember(stage(s.node(), s.path()), s.path())).toList();
            var milestones = fields.objects(fields.array(root, "milestones", path, false), "a milestone").stream()
                    .map(m -> remember(milestone(m.node(), m.path()), m.path())).toList();
            var tranches = fields.objects(fields.array(root, "tranches", path, false), "a tranche").stream()
                    .map(t -> remember(tranche(t.node(), t.path()), t.path())).toList();
            var financeNode = fields.object(root, "finance", path, false);
            var finance = financeNode == null ? Finance.none()
                    : remember(finance(financeNode, Fields.child(path, "finance")), Fields.child(path, "finance"));
            var dataDate = fields.integer(root, "dataDate", path, false, 0, Limits.MAX_PERIOD, null);
            var outOfSequence = fields.enumeration(root, "outOfSequence", path, false, OutOfSequence.class, null);
            var riskNode = fields.object(root, "risk", path, false);
            RiskSettings risk = null;
            if (riskNode != null) {
                var riskPath = Fields.child(path, "risk");
                fields.rejectUnknown(riskNode, riskPath, FIELDS.get("riskSettings"));
                risk = new RiskSettings(fields.enumeration(riskNode, "distribution", riskPath, false, Distribution.class,
                        Distribution.TRIANGULAR));
            }
            var risks = fields.objects(fields.array(root, "risks", path, false), "a risk").stream()
                    .map(r -> remember(risk(r.node(), r.path()), r.path())).toList();
            var correlations = fields.objects(fields.array(root, "correlations", path, false), "a correlation").stream()
                    .map(c -> remember(correlation(c.node(), c.path()), c.path())).toList();
            return new Project(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources,
                    calendars, budgetCaps, stages, milestones, tranches, finance, dataDate, outOfSequence, risk, risks,
                    correlations);
        }

        private Risk risk(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("risk"));
            var id = fields.text(node, "id", path, true);
            var name = fields.text(node, "name", path, false);
            var probability = fields.number(node, "probability", path, true, 0, 1, 0.0);
            var stages = texts(node, "stages", path);
            var delay = fields.durationRange(node, "delay", path, true, Limits.MAX_PERIOD);
            var cost = fields.costRange(node, "cost", path, true);
            var withdrawNode = fields.object(node, "withdraw", path, false);
            Withdrawal withdraw = null;
            if (withdrawNode != null) {
                var withdrawPath = Fields.child(path, "withdraw");
                fields.rejectUnknown(withdrawNode, withdrawPath, FIELDS.get("withdrawal"));
                withdraw = remember(new Withdrawal(texts(withdrawNode, "tranches", withdrawPath),
                        fields.integer(withdrawNode, "from", withdrawPath, true, 0, Limits.MAX_PERIOD, 0)), withdrawPath);
            }
            return new Risk(id, name == null ? id : name, probability, stages, delay, cost, withdraw);
        }

        private Correlation correlation(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("correlation"));
            return new Correlation(texts(node, "stages", path),
                    fields.number(node, "coefficient", path, true, -1, 1, 0.0));
        }

        /** A list of strings (ids), each checked to be one. */
        private List<String> texts(JsonNode node, String field, String path) {
            var ids = new ArrayList<String>();
            for (var element : fields.array(node, field, path, false)) {
                if (!element.node().isTextual()) {
                    fields.problem(element.path(), "expected an id (a string) but found " + Fields.describe(element.node()) + ".");
                } else {
                    ids.add(element.node().asText());
                }
            }
            return ids;
        }

        private <T> T remember(T record, String path) {
            paths.put(record, path);
            return record;
        }

        private Resource resource(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("resource"));
            var id = fields.text(node, "id", path, true);
            var name = fields.text(node, "name", path, false);
            var capacity = fields.integer(node, "capacity", path, true, 0, Limits.MAX_UNITS, 0);
            var changes = fields.objects(fields.array(node, "capacityChanges", path, false), "a capacity change")
                    .stream().map(c -> {
                        fields.rejectUnknown(c.node(), c.path(), FIELDS.get("capacityChange"));
                        return remember(new CapacityChange(
                                fields.integer(c.node(), "from", c.path(), true, 0, Limits.MAX_PERIOD, 0),
                                fields.integer(c.node(), "capacity", c.path(), true, 0, Limits.MAX_UNITS, 0)), c.path());
                    }).toList();
            var kind = fields.enumeration(node, "kind", path, false, ResourceKind.class, ResourceKind.RENEWABLE);
            return new Resource(id, name == null ? id : name, capacity, changes, kind);
        }

        private Calendar calendar(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("calendar"));
            var id = fields.text(node, "id", path, true);
            var name = fields.text(node, "name", path, false);
            var cycle = fields.integer(node, "cycle", path, true, 1, Limits.MAX_CYCLE, 1);
            var open = new ArrayList<Integer>();
            for (var offset : fields.array(node, "open", path, true)) {
                if (!offset.node().isIntegralNumber() || !offset.node().canConvertToInt()) {
                    fields.problem(offset.path(), "expected a whole number (an offset in the cycle) but found "
                            + Fields.describe(offset.node()) + ".");
                } else {
                    open.add(offset.node().asInt());
                }
            }
            var variation = fields.integer(node, "seasonVariation", path, false, 0, Limits.MAX_CYCLE, 0);
            return new Calendar(id, name == null ? id : name, cycle, open, variation);
        }

        private BudgetCap budgetCap(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("budgetCap"));
            return new BudgetCap(
                    fields.integer(node, "from", path, true, 0, Limits.MAX_PERIOD, 0),
                    fields.integer(node, "to", path, true, 0, Limits.MAX_PERIOD, Limits.MAX_PERIOD),
                    fields.money(node, "max", path, true, Money.MAX));
        }

        private Stage stage(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("stage"));
            var id = fields.text(node, "id", path, true);
            fields.text(node, "description", path, false);
            var name = fields.text(node, "name", path, false);
            var system = fields.enumeration(node, "system", path, false, CorridorSystem.class, CorridorSystem.SHARED);
            var calendar = fields.text(node, "calendar", path, false);
            var release = fields.integer(node, "release", path, false, 0, Limits.MAX_PERIOD, null);
            var deadline = fields.integer(node, "deadline", path, false, 0, Limits.MAX_PERIOD, null);
            var modeNodes = fields.objects(fields.array(node, "modes", path, true), "a mode");
            if (modeNodes.isEmpty() && node.has("modes") && node.get("modes").isArray()) {
                fields.problem(Fields.child(path, "modes"), "is empty; give the stage at least one mode {\"id\", \"duration\", \"cost\", \"demand\"}.");
            }
            var modes = modeNodes.stream().map(m -> remember(mode(m.node(), m.path()), m.path())).toList();
            var predecessors = fields.objects(fields.array(node, "predecessors", path, false), "a predecessor")
                    .stream().map(p -> remember(predecessor(p.node(), p.path()), p.path())).toList();
            var actualNode = fields.object(node, "actual", path, false);
            var actual = actualNode == null ? null
                    : remember(actual(actualNode, Fields.child(path, "actual")), Fields.child(path, "actual"));
            return new Stage(id, name == null ? id : name, system, calendar, release, deadline, modes, predecessors,
                    actual);
        }

        private Actual actual(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("actual"));
            return new Actual(
                    fields.integer(node, "start", path, true, 0, Limits.MAX_PERIOD, 0),
                    fields.integer(node, "finish", path, false, 0, Limits.MAX_PERIOD, null),
                    fields.text(node, "mode", path, false),
                    fields.integer(node, "remaining", path, false, 0, Limits.MAX_PERIOD, null));
        }

        private Mode mode(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("mode"));
            fields.text(node, "name", path, false);
            var id = fields.text(node, "id", path, true);
            var duration = fields.integer(node, "duration", path, true, 0, Limits.MAX_PERIOD, 1);
            var cost = fields.money(node, "cost", path, false, Money.ZERO);
            var demand = new LinkedHashMap<String, Integer>();
            var demandNode = fields.object(node, "demand", path, false);
            if (demandNode != null) {
                for (Iterator<String> it = demandNode.fieldNames(); it.hasNext(); ) {
                    var resource = it.next();
                    if (resource.startsWith("x-")) {
                        continue;
                    }
                    var units = fields.integer(demandNode, resource, Fields.child(path, "demand"), true, 0,
                            Limits.MAX_UNITS, 0);
                    demand.put(resource, units);
                }
            }
            var durationRange = fields.durationRange(node, "durationRange", path, false, Limits.MAX_PERIOD);
            var costRange = fields.costRange(node, "costRange", path, false);
            return new Mode(id, duration, cost, demand, durationRange, costRange);
        }

        private Predecessor predecessor(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("predecessor"));
            return new Predecessor(
                    fields.text(node, "stage", path, true),
                    fields.enumeration(node, "type", path, false, LinkType.class, LinkType.FS),
                    fields.integer(node, "lag", path, false, -Limits.MAX_PERIOD, Limits.MAX_PERIOD, 0));
        }

        private Milestone milestone(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("milestone"));
            var id = fields.text(node, "id", path, true);
            var name = fields.text(node, "name", path, false);
            return new Milestone(id, name == null ? id : name, fields.text(node, "stage", path, true),
                    fields.number(node, "weight", path, false, 0, 1e9, 1.0));
        }

        private Tranche tranche(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("tranche"));
            fields.text(node, "name", path, false);
            return new Tranche(
                    fields.text(node, "id", path, true),
                    fields.text(node, "party", path, true),
                    fields.enumeration(node, "kind", path, true, TrancheKind.class, TrancheKind.LOAN),
                    fields.money(node, "amount", path, true, Money.ZERO),
                    fields.integer(node, "from", path, true, 0, Limits.MAX_PERIOD, 0),
                    fields.integer(node, "to", path, true, 0, Limits.MAX_PERIOD, Limits.MAX_PERIOD),
                    fields.number(node, "rate", path, false, 0, 1, 0.0),
                    fields.number(node, "upfrontFee", path, false, 0, 1, 0.0),
                    fields.number(node, "commitmentFee", path, false, 0, 1, 0.0));
        }

        private Finance finance(JsonNode node, String path) {
            fields.rejectUnknown(node, path, FIELDS.get("finance"));
            var discountRate = fields.number(node, "discountRate", path, false, 0, 1, 0.0);
            var minReserve = fields.money(node, "minReserve", path, false, Money.ZERO);
            var shares = new LinkedHashMap<String, ShareBounds>();
            var shareNode = fields.object(node, "partyShare", path, false);
            if (shareNode != null) {
                var sharePath = Fields.child(path, "partyShare");
                for (Iterator<String> it = shareNode.fieldNames(); it.hasNext(); ) {
                    var party = it.next();
                    if (party.startsWith("x-")) {
                        continue;
                    }
                    var bounds = fields.object(shareNode, party, sharePath, true);
                    if (bounds != null) {
                        var boundsPath = Fields.child(sharePath, party);
                        fields.rejectUnknown(bounds, boundsPath, FIELDS.get("shareBounds"));
                        var share = new ShareBounds(
                                fields.number(bounds, "min", boundsPath, false, 0, 1, 0.0),
                                fields.number(bounds, "max", boundsPath, false, 0, 1, 1.0));
                        shares.put(party, remember(share, boundsPath));
                    }
                }
            }
            var opening = new java.util.EnumMap<CorridorSystem, Money>(CorridorSystem.class);
            var openingNode = fields.object(node, "openingValue", path, false);
            if (openingNode != null) {
                var openingPath = Fields.child(path, "openingValue");
                for (Iterator<String> it = openingNode.fieldNames(); it.hasNext(); ) {
                    var name = it.next();
                    if (name.startsWith("x-")) {
                        continue;
                    }
                    var system = java.util.Arrays.stream(CorridorSystem.values())
                            .filter(s -> s.name().equals(name)).findFirst();
                    if (system.isEmpty()) {
                        fields.problem(Fields.child(openingPath, name), "\"" + name + "\" is not a system; use one of "
                                + java.util.Arrays.toString(CorridorSystem.values()) + ".");
                    } else {
                        opening.put(system.get(), fields.money(openingNode, name, openingPath, true, Money.ZERO));
                    }
                }
            }
            return new Finance(discountRate, minReserve, shares, opening);
        }
    }
}
