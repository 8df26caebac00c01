package dev.corridor.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.corridor.model.Money;
import dev.corridor.model.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Reads and writes plan files. */
public final class PlanJson {

    /** The fields without which a file is no plan; the lists among them cannot be null in a {@link Plan}. */
    private static final List<String> REQUIRED = List.of("dataset", "feasible", "makespan", "stages", "systems",
            "resources", "spend", "budget", "constraints");

    /**
     * Reads what a plan file says and nothing else: a fraction where a whole number belongs (a period,
     * a unit count) is refused, not truncated, and text is never taken for a number ("" for 0).
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private PlanJson() {
    }

    public static String toJson(Plan plan) {
        return JsonFiles.toJson(plan);
    }

    public static void write(Plan plan, Path file) throws IOException {
        JsonFiles.writeAtomically(file, toJson(plan));
    }

    /**
     * The plan in {@code json}. Problems are told in the file's terms (JSON path, what was expected),
     * never with Jackson's wording, which names Java classes.
     */
    public static Plan parse(String source, String json) throws InvalidInputException {
        JsonNode tree;
        try {
            tree = JsonFiles.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            var where = location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidInputException(source, where, "not a corridor plan: malformed JSON: "
                    + ProjectJson.firstLine(e.getOriginalMessage()) + ".");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(source, "$", "not a corridor plan: expected a JSON object {...}; "
                    + "write the plan again with corridor solve.");
        }
        var missing = REQUIRED.stream().filter(field -> !tree.hasNonNull(field)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(source, "$", "not a corridor plan: it lacks " + String.join(", ", missing)
                    + ". Write the plan again with corridor solve.");
        }
        var unfit = PlanShape.missing(tree);
        if (!unfit.isEmpty()) {
            throw new InvalidInputException(source, unfit);
        }
        Plan plan;
        try {
            plan = STRICT.readerFor(Plan.class).readValue(tree);
        } catch (IOException e) {
            throw new InvalidInputException(source, e instanceof JsonProcessingException processing ? path(processing) : "$",
                    "not a corridor plan: " + problem(e) + ". Write the plan again with corridor solve.");
        }
        var problems = PlanShape.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return plan;
    }

    public static Plan read(Path file) throws InvalidInputException {
        return parse(file.toString(), ProjectJson.readText(file));
    }

    /** True when {@code file} holds a plan this tool wrote, which it may replace without asking. */
    public static boolean isPlanFile(Path file) {
        try {
            var tree = JsonFiles.mapper().readTree(file.toFile());
            return tree != null && tree.isObject() && tree.has("dataset") && tree.has("stages") && tree.has("makespan")
                    && tree.has("feasible");
        } catch (IOException e) {
            return false;
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "$";
        }
        var path = new StringBuilder("$");
        for (var reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String problem(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        if (e.getCause() instanceof ArithmeticException money) {
            // Money refuses what it cannot hold exactly (more than three decimals); its message says how to fix it.
            return "this amount cannot be read: " + money.getMessage();
        }
        if (e instanceof InvalidNullException) {
            return "this amount is missing or null";
        }
        if (e instanceof ValueInstantiationException) {
            return "a field of this object is missing or null";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return "this value cannot be read";
    }

    /** A Java type as the JSON a user would write for it. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == Money.class) {
            return "a number, an amount of money";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "an ISO date such as \"2028-01-01\"";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array [...]";
        }
        return "an object {...}";
    }
}
