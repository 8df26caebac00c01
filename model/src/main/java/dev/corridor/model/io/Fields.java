package dev.corridor.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corridor.model.Money;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed fields out of a JSON tree and notes every problem instead of stopping at the first,
 * so a user sees all that is wrong with a file at once. A field that cannot be read yields a
 * harmless fallback, which keeps one mistake from causing a cascade of follow-on reports.
 */
final class Fields {

    /** Money is counted in whole thousandths of the money unit. */
    private static final int MONEY_DECIMALS = 3;

    private final List<Problem> problems;

    Fields(List<Problem> problems) {
        this.problems = problems;
    }

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    static String child(String path, String field) {
        return path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Reports fields the format does not know: a typo must not silently drop data. */
    void rejectUnknown(JsonNode object, String path, List<String> knownFields) {
        var known = knownFields.toArray(String[]::new);
        var names = Set.of(known);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            var name = it.next();
            if (!names.contains(name) && !name.startsWith("x-")) {
                var guess = closest(name, known);
                problem(child(path, name), "unknown field \"" + name + "\"."
                        + (guess == null ? "" : " Did you mean \"" + guess + "\"?")
                        + " Known fields here: " + String.join(", ", new TreeSet<>(names))
                        + ". Prefix your own fields with \"x-\".");
            }
        }
    }

    /** The object in {@code field}, or null (reported if required) when missing or not an object. */
    JsonNode object(JsonNode parent, String field, String path, boolean required) {
        var node = present(parent, field, path, required, "an object");
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problem(child(path, field), "expected an object {...} but found " + describe(node) + ".");
            return null;
        }
        return node;
    }

    /** The elements of the array in {@code field} with their paths; empty when missing or wrong. */
    List<Located> array(JsonNode parent, String field, String path, boolean required) {
        var node = present(parent, field, path, required, "an array [...]");
        var result = new ArrayList<Located>();
        if (node == null) {
            return result;
        }
        if (!node.isArray()) {
            problem(child(path, field), "expected an array [...] but found " + describe(node) + ".");
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            result.add(new Located(node.get(i), element(child(path, field), i)));
        }
        return result;
    }

    /** Keeps only the elements that are objects, reporting the others. */
    List<Located> objects(List<Located> elements, String what) {
        var result = new ArrayList<Located>();
        for (var element : elements) {
            if (element.node().isObject()) {
                result.add(element);
            } else {
                problem(element.path(), "expected " + what + " object {...} but found " + describe(element.node()) + ".");
            }
        }
        return result;
    }

    String text(JsonNode parent, String field, String path, boolean required) {
        var node = present(parent, field, path, required, "a string");
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problem(child(path, field), "expected a string but found " + describe(node) + ".");
            return null;
        }
        var value = node.asText();
        if (required && value.isBlank()) {
            problem(child(path, field), "must not be empty.");
            return null;
        }
        return value;
    }

    Integer integer(JsonNode parent, String field, String path, boolean required, long min, long max,
            Integer fallback) {
        var node = present(parent, field, path, required, "a whole number");
        if (node == null) {
            return fallback;
        }
        if (!node.isIntegralNumber() && !(node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
            problem(child(path, field), "expected a whole number but found " + describe(node) + ".");
            return fallback;
        }
        if (!node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            problem(child(path, field), "is " + node.asText() + " but must be between " + min + " and " + max + ".");
            return fallback;
        }
        return (int) node.asLong();
    }

    Double number(JsonNode parent, String field, String path, boolean required, double min, double max,
            Double fallback) {
        var node = numberNode(parent, field, path, required, "a number");
        if (node == null) {
            return fallback;
        }
        var value = node.asDouble();
        if (!Double.isFinite(value) || value < min || value > max) {
            problem(child(path, field), "is " + node.asText() + " but must be between " + plain(min) + " and " + plain(max) + ".");
            return fallback;
        }
        return value;
    }

    /**
     * An amount of money: a number from 0 to {@link Money#MAX}, with at most three decimals since
     * money is counted in whole thousandths of the money unit. The tree must hold floats as
     * decimals (see {@code ProjectJson}), so that 0.1 is read as written.
     */
    Money money(JsonNode parent, String field, String path, boolean required, Money fallback) {
        var node = numberNode(parent, field, path, required, "a number of money units");
        if (node == null) {
            return fallback;
        }
        var value = node.decimalValue();
        if (value.signum() < 0 || value.compareTo(Money.MAX.toBigDecimal()) > 0) {
            problem(child(path, field), "is " + node.asText() + " but must be between 0 and " + Money.MAX
                    + " (10^15 money units). For larger sums count money in a larger unit (\"moneyUnit\": \"million\").");
            return fallback;
        }
        if (value.stripTrailingZeros().scale() > MONEY_DECIMALS) {
            problem(child(path, field), "is " + node.asText() + " but money is counted in thousandths of the money unit; "
                    + "round it to at most three decimals: " + value.setScale(MONEY_DECIMALS, RoundingMode.HALF_UP).toPlainString()
                    + ".");
            return fallback;
        }
        return Money.of(value);
    }

    /**
     * A range [low, mostLikely, high] of numbers, in that order, or (where {@code single}) one number
     * for all three; null, with the problem told, where it is neither.
     */
    java.math.BigDecimal[] range(JsonNode parent, String field, String path, boolean single) {
        var what = (single ? "a number or " : "") + "[low, mostLikely, high]";
        var node = present(parent, field, path, false, what);
        if (node == null) {
            return null;
        }
        var at = child(path, field);
        if (single && node.isNumber()) {
            var value = node.decimalValue();
            return new java.math.BigDecimal[] {value, value, value};
        }
        if (!node.isArray() || node.size() != 3 || !node.get(0).isNumber() || !node.get(1).isNumber()
                || !node.get(2).isNumber()) {
            problem(at, "expected " + what + ", three numbers, but found " + describe(node) + ".");
            return null;
        }
        var values = new java.math.BigDecimal[] {node.get(0).decimalValue(), node.get(1).decimalValue(),
                node.get(2).decimalValue()};
        if (values[0].compareTo(values[1]) > 0 || values[1].compareTo(values[2]) > 0) {
            problem(at, "is " + node + " but runs low, most likely, high: write them in that order.");
            return null;
        }
        return values;
    }

    /** A range of worked periods: whole numbers from 0 to {@code max}. */
    dev.corridor.model.DurationRange durationRange(JsonNode parent, String field, String path, boolean single,
            long max) {
        var values = range(parent, field, path, single);
        if (values == null) {
            return null;
        }
        for (var value : values) {
            if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                problem(child(path, field), "holds " + value.toPlainString() + " but worked periods are whole numbers "
                        + "from 0 to " + max + ".");
                return null;
            }
        }
        return new dev.corridor.model.DurationRange(values[0].intValue(), values[1].intValue(), values[2].intValue());
    }

    /** A range of money: amounts from 0 to {@link Money#MAX} with at most three decimals. */
    dev.corridor.model.CostRange costRange(JsonNode parent, String field, String path, boolean single) {
        var values = range(parent, field, path, single);
        if (values == null) {
            return null;
        }
        for (var value : values) {
            if (value.signum() < 0 || value.compareTo(Money.MAX.toBigDecimal()) > 0
                    || value.stripTrailingZeros().scale() > MONEY_DECIMALS) {
                problem(child(path, field), "holds " + value.toPlainString() + " but money lies between 0 and " + Money.MAX
                        + " with at most three decimals.");
                return null;
            }
        }
        return new dev.corridor.model.CostRange(Money.of(values[0]), Money.of(values[1]), Money.of(values[2]));
    }

    <E extends Enum<E>> E enumeration(JsonNode parent, String field, String path, boolean required, Class<E> type,
            E fallback) {
        var node = present(parent, field, path, required, "one of " + Arrays.toString(type.getEnumConstants()));
        if (node == null) {
            return fallback;
        }
        var allowed = Arrays.toString(type.getEnumConstants());
        if (!node.isTextual()) {
            problem(child(path, field), "expected one of " + allowed + " but found " + describe(node) + ".");
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(node.asText())) {
                return constant;
            }
        }
        var hint = "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(node.asText())) {
                hint = " Write it in capitals: \"" + constant.name() + "\".";
            }
        }
        problem(child(path, field), "\"" + node.asText() + "\" is not one of " + allowed + "." + hint);
        return fallback;
    }

    LocalDate date(JsonNode parent, String field, String path, boolean required) {
        var text = text(parent, field, path, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(child(path, field), "\"" + text + "\" is not an ISO date; write it as YYYY-MM-DD, e.g. 2028-01-01.");
            return null;
        }
    }

    /** The number in {@code field}, or null when it is missing (reported if required) or not a number (reported). */
    private JsonNode numberNode(JsonNode parent, String field, String path, boolean required, String what) {
        var node = present(parent, field, path, required, what);
        if (node != null && !node.isNumber()) {
            problem(child(path, field), "expected " + what + " but found " + describe(node) + ".");
            return null;
        }
        return node;
    }

    private JsonNode present(JsonNode parent, String field, String path, boolean required, String what) {
        var node = parent.get(field);
        if (node == null) {
            if (required) {
                problem(child(path, field), "is missing; add \"" + field + "\" (" + what + ").");
            }
            return null;
        }
        if (node.isNull()) {
            // A null is a value left out by mistake more often than a field meant to be absent.
            problem(child(path, field), "is null; give " + what + (required ? "" : ", or leave the field out") + ".");
            return null;
        }
        return node;
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            var text = node.asText();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) <= 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** The known name a typo most likely meant, or null when none is close. */
    static String closest(String name, String... known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A JSON node with the path it was found at. */
    record Located(JsonNode node, String path) {
    }
}
