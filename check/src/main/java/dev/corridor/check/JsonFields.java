package dev.corridor.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields the checker needs out of one JSON file, failing with the file, the JSON path and
 * what was expected. Numbers are read as decimals, so money keeps every digit the file gives.
 */
final class JsonFields {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build());
    }

    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** The top-level object of {@code json}. */
    JsonNode root(String json) throws Unreadable {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            var where = location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            var what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new Unreadable(source, where, "malformed JSON (" + what + ").");
        }
        if (root == null || !root.isObject()) {
            throw new Unreadable(source, "$", "expected a JSON object {...} at the top level.");
        }
        return root;
    }

    Unreadable problem(String path, String message) {
        return new Unreadable(source, path, message);
    }

    /** The field's node, or null when it is missing or null and not required. */
    JsonNode optional(JsonNode parent, String field, String path) {
        var node = parent.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private JsonNode required(JsonNode parent, String field, String path, String what) throws Unreadable {
        var node = optional(parent, field, path);
        if (node == null) {
            throw problem(path + "." + field, "is missing; expected " + what + ".");
        }
        return node;
    }

    JsonNode object(JsonNode parent, String field, String path) throws Unreadable {
        var node = required(parent, field, path, "an object {...}");
        if (!node.isObject()) {
            throw problem(path + "." + field, "expected an object {...}.");
        }
        return node;
    }

    /** The elements of an array field, each an object; empty when the field is missing and not required. */
    List<JsonNode> objects(JsonNode parent, String field, String path, boolean required) throws Unreadable {
        var node = required ? required(parent, field, path, "an array [...]") : optional(parent, field, path);
        var result = new ArrayList<JsonNode>();
        if (node == null) {
            return result;
        }
        if (!node.isArray()) {
            throw problem(path + "." + field, "expected an array [...].");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw problem(path + "." + field + "[" + i + "]", "expected an object {...}.");
            }
            result.add(node.get(i));
        }
        return result;
    }

    /** The elements of an array of numbers; null when the field is missing. */
    List<BigDecimal> numbers(JsonNode parent, String field, String path) throws Unreadable {
        var node = optional(parent, field, path);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw problem(path + "." + field, "expected an array of numbers.");
        }
        var result = new ArrayList<BigDecimal>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNumber()) {
                throw problem(path + "." + field + "[" + i + "]", "expected a number.");
            }
            result.add(node.get(i).decimalValue());
        }
        return result;
    }

    String text(JsonNode parent, String field, String path, boolean required) throws Unreadable {
        var node = required ? required(parent, field, path, "a string") : optional(parent, field, path);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw problem(path + "." + field, "expected a string.");
        }
        return node.asText();
    }

    Integer integer(JsonNode parent, String field, String path, boolean required) throws Unreadable {
        var node = required ? required(parent, field, path, "a whole number") : optional(parent, field, path);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || !isWhole(node.decimalValue()) || !fitsInt(node.decimalValue())) {
            throw problem(path + "." + field, "expected a whole number (of periods or units) but found " + node + ".");
        }
        return node.decimalValue().intValueExact();
    }

    BigDecimal number(JsonNode parent, String field, String path, boolean required) throws Unreadable {
        var node = required ? required(parent, field, path, "a number") : optional(parent, field, path);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw problem(path + "." + field, "expected a number but found " + node + ".");
        }
        return node.decimalValue();
    }

    Boolean bool(JsonNode parent, String field, String path) throws Unreadable {
        var node = optional(parent, field, path);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw problem(path + "." + field, "expected true or false.");
        }
        return node.asBoolean();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fitsInt(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }
}
