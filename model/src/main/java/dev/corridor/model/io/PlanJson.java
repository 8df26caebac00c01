package dev.corridor.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corridor.model.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes plan files. */
public final class PlanJson {

    private PlanJson() {
    }

    public static String toJson(Plan plan) {
        return JsonFiles.toJson(plan);
    }

    public static void write(Plan plan, Path file) throws IOException {
        JsonFiles.writeAtomically(file, toJson(plan));
    }

    public static Plan parse(String source, String json) throws InvalidInputException {
        try {
            return JsonFiles.mapper().readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            var where = location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidInputException(source, where, "not a corridor plan: " + e.getOriginalMessage());
        }
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
}
