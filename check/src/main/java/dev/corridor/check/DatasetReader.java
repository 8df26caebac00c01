package dev.corridor.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dataset format (README, "Dataset format") into the checker's own records. It reads
 * only what the rules need and checks only what it must to read it; whether a dataset is valid is
 * {@code corridor validate}'s question, asked before a plan is checked.
 */
final class DatasetReader {

    private static final String ROOT = "$";

    private final JsonFields fields;

    private DatasetReader(String source) {
        this.fields = new JsonFields(source);
    }

    static Dataset read(String source, String json) throws Unreadable {
        var reader = new DatasetReader(source);
        return reader.dataset(reader.fields.root(json));
    }

    private Dataset dataset(JsonNode root) throws Unreadable {
        var name = fields.text(root, "name", ROOT, false);
        var unit = fields.text(root, "periodUnit", ROOT, false);
        var start = date(fields.text(root, "startDate", ROOT, false), ROOT + ".startDate");
        int horizon = fields.integer(root, "horizon", ROOT, true);

        var resources = new LinkedHashMap<String, Resource>();
        var list = fields.objects(root, "resources", ROOT, false);
        for (int i = 0; i < list.size(); i++) {
            var resource = resource(list.get(i), ROOT + ".resources[" + i + "]");
            resources.put(resource.id(), resource);
        }
        var calendars = new LinkedHashMap<String, Calendar>();
        list = fields.objects(root, "calendars", ROOT, false);
        for (int i = 0; i < list.size(); i++) {
            var calendar = calendar(list.get(i), ROOT + ".calendars[" + i + "]");
            calendars.put(calendar.id(), calendar);
        }
        var caps = new ArrayList<BudgetCap>();
        list = fields.objects(root, "budgetCaps", ROOT, false);
        for (int i = 0; i < list.size(); i++) {
            var path = ROOT + ".budgetCaps[" + i + "]";
            caps.add(new BudgetCap(fields.integer(list.get(i), "from", path, true),
                    fields.integer(list.get(i), "to", path, true), money(list.get(i), "max", path, true)));
        }
        var stages = new LinkedHashMap<String, Stage>();
        list = fields.objects(root, "stages", ROOT, true);
        for (int i = 0; i < list.size(); i++) {
            var stage = stage(list.get(i), ROOT + ".stages[" + i + "]");
            stages.put(stage.id(), stage);
        }
        var tranches = new ArrayList<Tranche>();
        list = fields.objects(root, "tranches", ROOT, false);
        for (int i = 0; i < list.size(); i++) {
            tranches.add(tranche(list.get(i), ROOT + ".tranches[" + i + "]"));
        }
        var finance = fields.optional(root, "finance", ROOT);
        var terms = finance == null ? new Terms(0, BigDecimal.ZERO, Map.of(), Map.of())
                : terms(fields.object(root, "finance", ROOT), ROOT + ".finance");
        var dataDate = fields.integer(root, "dataDate", ROOT, false);
        var rule = fields.text(root, "outOfSequence", ROOT, false);
        return new Dataset(name, unit == null ? "PERIOD" : unit, start, horizon, resources, calendars, caps, stages,
                tranches, terms, dataDate, "PROGRESS_OVERRIDE".equals(rule));
    }

    private Resource resource(JsonNode node, String path) throws Unreadable {
        var changes = new ArrayList<int[]>();
        var list = fields.objects(node, "capacityChanges", path, false);
        for (int i = 0; i < list.size(); i++) {
            var changePath = path + ".capacityChanges[" + i + "]";
            changes.add(new int[] {fields.integer(list.get(i), "from", changePath, true),
                    fields.integer(list.get(i), "capacity", changePath, true)});
        }
        var kind = fields.text(node, "kind", path, false);
        return new Resource(fields.text(node, "id", path, true), kind == null || kind.equals("RENEWABLE"),
                fields.integer(node, "capacity", path, true), changes);
    }

    private Calendar calendar(JsonNode node, String path) throws Unreadable {
        int cycle = fields.integer(node, "cycle", path, true);
        if (cycle < 1) {
            throw fields.problem(path + ".cycle", "must be at least 1.");
        }
        var open = fields.numbers(node, "open", path);
        if (open == null) {
            throw fields.problem(path + ".open", "is missing; expected an array of open offsets.");
        }
        var offsets = new int[open.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = wholeInt(open.get(i), path + ".open[" + i + "]");
        }
        return new Calendar(fields.text(node, "id", path, true), cycle, offsets);
    }

    private Stage stage(JsonNode node, String path) throws Unreadable {
        var modes = new LinkedHashMap<String, Mode>();
        var list = fields.objects(node, "modes", path, true);
        for (int i = 0; i < list.size(); i++) {
            var mode = mode(list.get(i), path + ".modes[" + i + "]");
            modes.put(mode.id(), mode);
        }
        var links = new ArrayList<Link>();
        list = fields.objects(node, "predecessors", path, false);
        for (int i = 0; i < list.size(); i++) {
            var linkPath = path + ".predecessors[" + i + "]";
            var type = fields.text(list.get(i), "type", linkPath, false);
            if (type != null && !List.of("FS", "SS", "FF", "SF").contains(type)) {
                throw fields.problem(linkPath + ".type", "\"" + type + "\" is not FS, SS, FF or SF.");
            }
            var lag = fields.integer(list.get(i), "lag", linkPath, false);
            links.add(new Link(fields.text(list.get(i), "stage", linkPath, true), type == null ? "FS" : type,
                    lag == null ? 0 : lag));
        }
        var system = fields.text(node, "system", path, false);
        Progress progress = null;
        if (fields.optional(node, "actual", path) != null) {
            var actual = fields.object(node, "actual", path);
            var actualPath = path + ".actual";
            progress = new Progress(fields.integer(actual, "start", actualPath, true),
                    fields.integer(actual, "finish", actualPath, false), fields.text(actual, "mode", actualPath, false),
                    fields.integer(actual, "remaining", actualPath, false));
        }
        return new Stage(fields.text(node, "id", path, true), system == null ? "SHARED" : system,
                fields.text(node, "calendar", path, false), fields.integer(node, "release", path, false),
                fields.integer(node, "deadline", path, false), modes, links, progress);
    }

    private Mode mode(JsonNode node, String path) throws Unreadable {
        int duration = fields.integer(node, "duration", path, true);
        if (duration < 0) {
            throw fields.problem(path + ".duration", "is negative.");
        }
        var cost = money(node, "cost", path, false);
        var demand = new LinkedHashMap<String, Integer>();
        var demandNode = fields.optional(node, "demand", path);
        if (demandNode != null) {
            if (!demandNode.isObject()) {
                throw fields.problem(path + ".demand", "expected an object {resourceId: units}.");
            }
            for (Iterator<String> it = demandNode.fieldNames(); it.hasNext(); ) {
                var resource = it.next();
                if (!resource.startsWith("x-")) {
                    demand.put(resource, fields.integer(demandNode, resource, path + ".demand", true));
                }
            }
        }
        var thousandths = cost == null ? BigInteger.ZERO : cost.movePointRight(3).toBigIntegerExact();
        return new Mode(fields.text(node, "id", path, true), duration, thousandths, demand);
    }

    private Tranche tranche(JsonNode node, String path) throws Unreadable {
        return new Tranche(fields.text(node, "id", path, true), fields.text(node, "party", path, true),
                fields.text(node, "kind", path, true), money(node, "amount", path, true),
                fields.integer(node, "from", path, true), fields.integer(node, "to", path, true),
                fraction(node, "rate", path), fraction(node, "upfrontFee", path), fraction(node, "commitmentFee", path));
    }

    private Terms terms(JsonNode node, String path) throws Unreadable {
        var shares = new LinkedHashMap<String, double[]>();
        var shareNode = fields.optional(node, "partyShare", path);
        if (shareNode != null) {
            var sharePath = path + ".partyShare";
            for (Iterator<String> it = shareNode.fieldNames(); it.hasNext(); ) {
                var party = it.next();
                if (!party.startsWith("x-")) {
                    var bounds = fields.object(shareNode, party, sharePath);
                    var min = fields.number(bounds, "min", sharePath + "." + party, false);
                    var max = fields.number(bounds, "max", sharePath + "." + party, false);
                    shares.put(party, new double[] {min == null ? 0 : min.doubleValue(), max == null ? 1 : max.doubleValue()});
                }
            }
        }
        var opening = new LinkedHashMap<String, BigDecimal>();
        var openingNode = fields.optional(node, "openingValue", path);
        if (openingNode != null) {
            for (Iterator<String> it = openingNode.fieldNames(); it.hasNext(); ) {
                var system = it.next();
                if (!system.startsWith("x-")) {
                    opening.put(system, money(openingNode, system, path + ".openingValue", true));
                }
            }
        }
        var reserve = money(node, "minReserve", path, false);
        return new Terms(fraction(node, "discountRate", path), reserve == null ? BigDecimal.ZERO : reserve, shares,
                opening);
    }

    /** Money in the dataset's unit: counted in whole thousandths (README, "Dataset format"). */
    private BigDecimal money(JsonNode node, String field, String path, boolean required) throws Unreadable {
        var value = fields.number(node, field, path, required);
        if (value != null && value.stripTrailingZeros().scale() > 3) {
            throw fields.problem(path + "." + field, "is " + value.toPlainString()
                    + " but money is counted in whole thousandths of the money unit (at most three decimals).");
        }
        return value;
    }

    private double fraction(JsonNode node, String field, String path) throws Unreadable {
        var value = fields.number(node, field, path, false);
        return value == null ? 0 : value.doubleValue();
    }

    private int wholeInt(BigDecimal value, String path) throws Unreadable {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw fields.problem(path, "expected a whole number but found " + value.toPlainString() + ".");
        }
    }

    private LocalDate date(String text, String path) throws Unreadable {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fields.problem(path, "\"" + text + "\" is not an ISO date (YYYY-MM-DD).");
        }
    }
}
