package dev.corridor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Breaks an input file the way users and their tools break them: a field deleted, retyped, negated,
 * enlarged or nulled, an id duplicated, an element doubled, the text truncated, odd unicode in a
 * name. JSON is mutated as a tree (so most mutants still parse and reach the deeper checks); other
 * formats (PSPLIB, XER) line by line and token by token.
 */
public final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Strings a careless export or a hostile editor puts in a name or an id. */
    private static final List<String> ODD_TEXT = List.of("\u202Eevird-lennut", "tunnel\u0000bore", "\uD83D\uDE84",
            "e\u0301\u0301\u0301", "\uFEFFsurvey", "\uD800", "", " ", "x".repeat(20_000), "${jndi:ldap://x}",
            "<script>alert(1)</script>", "../../etc/passwd", "\t\n\r", "Zürich–Уэлен", "null");

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    public Mutator(Random random) {
        this.random = random;
    }

    /** What was done to the last mutant, for a failure message. */
    public List<String> applied() {
        return applied;
    }

    /** One to three mutations of {@code text}, as JSON where it parses, else as lines. */
    public String mutate(String text, boolean json) {
        applied.clear();
        int count = 1 + random.nextInt(3);
        var result = text;
        for (int i = 0; i < count; i++) {
            result = json && random.nextInt(10) > 0 ? mutateJson(result) : mutateText(result);
        }
        return result;
    }

    private String mutateJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            return mutateText(text);
        }
        if (root == null || !root.isContainerNode()) {
            return mutateText(text);
        }
        var places = new ArrayList<Place>();
        collect(root, "$", places);
        if (places.isEmpty()) {
            return mutateText(text);
        }
        var place = places.get(random.nextInt(places.size()));
        switch (random.nextInt(9)) {
            case 0 -> place.delete();
            case 1 -> place.replace(otherType(place.node()), "retype");
            case 2 -> place.replace(place.node().isNumber() ? NODES.numberNode(place.node().decimalValue().negate().subtract(
                    place.node().decimalValue().signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO)) : NODES.numberNode(-1), "negate");
            case 3 -> place.replace(NODES.numberNode(enlarge(place.node())), "enlarge");
            case 4 -> place.replace(NODES.nullNode(), "null");
            case 5 -> duplicateId(root, places);
            case 6 -> place.duplicate();
            case 7 -> place.replace(NODES.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size()))), "odd unicode");
            default -> place.replace(NODES.numberNode((place.node().isNumber() ? place.node().decimalValue()
                    : BigDecimal.ONE).add(new BigDecimal("0.0001"))), "a fraction");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String mutateText(String text) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> {
                int cut = random.nextInt(text.length() + 1);
                applied.add("truncated at character " + cut);
                return text.substring(0, cut);
            }
            case 1 -> {
                applied.add("deleted line " + (line + 1));
                lines.remove(line);
            }
            case 2 -> {
                applied.add("doubled line " + (line + 1));
                lines.add(line, lines.get(line));
            }
            case 3 -> {
                var odd = ODD_TEXT.get(random.nextInt(ODD_TEXT.size()));
                applied.add("odd unicode in line " + (line + 1));
                var target = lines.get(line);
                int at = target.isEmpty() ? 0 : random.nextInt(target.length());
                lines.set(line, target.substring(0, at) + odd + target.substring(at));
            }
            default -> {
                var matcher = NUMBER.matcher(lines.get(line));
                var numbers = new ArrayList<int[]>();
                while (matcher.find()) {
                    numbers.add(new int[] {matcher.start(), matcher.end()});
                }
                if (numbers.isEmpty()) {
                    applied.add("blanked line " + (line + 1));
                    lines.set(line, "");
                } else {
                    var span = numbers.get(random.nextInt(numbers.size()));
                    var replacement = List.of("-1", "0", "99999999999999999999", "2147483648", "1.5", "x", "")
                            .get(random.nextInt(7));
                    applied.add("number " + lines.get(line).substring(span[0], span[1]) + " in line " + (line + 1)
                            + " became \"" + replacement + "\"");
                    var target = lines.get(line);
                    lines.set(line, target.substring(0, span[0]) + replacement + target.substring(span[1]));
                }
            }
        }
        return String.join("\n", lines);
    }

    private JsonNode otherType(JsonNode node) {
        var choices = new ArrayList<JsonNode>(List.of(NODES.textNode("x"), NODES.numberNode(7), NODES.booleanNode(true),
                NODES.objectNode(), NODES.arrayNode()));
        choices.removeIf(choice -> choice.getNodeType() == node.getNodeType());
        return choices.get(random.nextInt(choices.size()));
    }

    private BigDecimal enlarge(JsonNode node) {
        var base = node.isNumber() ? node.decimalValue() : BigDecimal.ONE;
        return switch (random.nextInt(5)) {
            case 0 -> base.multiply(BigDecimal.valueOf(1000));
            case 1 -> new BigDecimal("1e15");
            case 2 -> new BigDecimal("2147483648");
            case 3 -> new BigDecimal("9223372036854775808");
            default -> new BigDecimal("1e308");
        };
    }

    /** Gives an object in an array the id of a sibling, the classic copy-and-paste mistake. */
    private void duplicateId(JsonNode root, List<Place> places) {
        var arrays = places.stream().filter(p -> p.node().isArray() && p.node().size() > 1
                && p.node().get(0).has("id")).toList();
        if (arrays.isEmpty()) {
            places.get(random.nextInt(places.size())).delete();
            return;
        }
        var array = arrays.get(random.nextInt(arrays.size()));
        int from = random.nextInt(array.node().size());
        int to = random.nextInt(array.node().size());
        if (array.node().get(to).isObject()) {
            ((ObjectNode) array.node().get(to)).set("id", array.node().get(from).get("id"));
        }
        applied.add("duplicate id in " + array.path());
    }

    private void collect(JsonNode node, String path, List<Place> places) {
        if (node.isObject()) {
            var names = new ArrayList<String>();
            node.fieldNames().forEachRemaining(names::add);
            for (var name : names) {
                places.add(new Place((ObjectNode) node, null, name, -1, path + "." + name));
                collect(node.get(name), path + "." + name, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(null, (ArrayNode) node, null, i, path + "[" + i + "]"));
                collect(node.get(i), path + "[" + i + "]", places);
            }
        }
    }

    /** A value in the tree and where it hangs, so it can be replaced, removed or doubled. */
    private final class Place {

        private final ObjectNode object;
        private final ArrayNode array;
        private final String field;
        private final int index;
        private final String path;

        Place(ObjectNode object, ArrayNode array, String field, int index, String path) {
            this.object = object;
            this.array = array;
            this.field = field;
            this.index = index;
            this.path = path;
        }

        String path() {
            return path;
        }

        JsonNode node() {
            return object != null ? object.get(field) : array.get(index);
        }

        void replace(JsonNode value, String how) {
            applied.add(how + " " + path);
            if (object != null) {
                object.set(field, value);
            } else if (index < array.size()) {
                array.set(index, value);
            }
        }

        void delete() {
            applied.add("delete " + path);
            if (object != null) {
                object.remove(field);
            } else if (index < array.size()) {
                array.remove(index);
            }
        }

        void duplicate() {
            applied.add("double " + path);
            if (array != null && index < array.size()) {
                array.insert(index, array.get(index).deepCopy());
            } else if (object != null && object.get(field) != null && object.get(field).isArray()
                    && object.get(field).size() > 0) {
                ((ArrayNode) object.get(field)).add(object.get(field).get(0).deepCopy());
            }
        }
    }
}
