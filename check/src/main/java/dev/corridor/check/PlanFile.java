package dev.corridor.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan file: the stages it places, read at once, and the figures it reports, read by the rules
 * that recompute them. Only {@code stages} (each with {@code id} and {@code start}) is required, so
 * a plan written by hand or brought from another tool can be checked; what it leaves out is not
 * checked and the verdict's notes say so.
 */
record PlanFile(JsonFields fields, JsonNode root, List<PlannedStage> stages) {

    static final String ROOT = "$";

    static PlanFile read(String source, String json) throws Unreadable {
        var fields = new JsonFields(source);
        var root = fields.root(json);
        var stages = new ArrayList<PlannedStage>();
        var list = fields.objects(root, "stages", ROOT, true);
        for (int i = 0; i < list.size(); i++) {
            var node = list.get(i);
            var path = ROOT + ".stages[" + i + "]";
            stages.add(new PlannedStage(fields.text(node, "id", path, true), fields.text(node, "mode", path, false),
                    fields.integer(node, "start", path, true), fields.integer(node, "finish", path, false), path,
                    fields.text(node, "status", path, false), fields.integer(node, "resume", path, false)));
        }
        return new PlanFile(fields, root, stages);
    }

    /** The node of a top-level field, or null where the plan does not report it. */
    JsonNode field(String name) {
        return fields.optional(root, name, ROOT);
    }
}
