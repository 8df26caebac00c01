package dev.corridor.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corridor.model.plan.Plan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a plan must hold together to be drawn, explained or financed at all: a list per period has
 * one entry for each period from 0 to the makespan, and every period a stage, draw, shortfall or
 * price names lies where the plan can show it. A plan edited by hand can break this; it is told by
 * path rather than found by a crash. Whether the plan keeps the dataset's rules is
 * {@code corridor check}'s question, not this one.
 */
final class PlanShape {

    /**
     * The fields every plan this tool writes has, where it has the object at all: an object path,
     * or an array's path with "[]" for each of its elements. Optional fields are left out of a plan
     * when they have no value, never written as null.
     */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("$", List.of("dataset", "feasible", "score", "makespan", "totalCost", "stages", "systems",
                    "resources", "spend", "budget", "constraints")),
            Map.entry("$.stages[]", List.of("id", "system", "mode", "start", "finish", "cost")),
            Map.entry("$.systems[]", List.of("system", "finish", "stages")),
            Map.entry("$.resources[]", List.of("id", "peak", "peakPeriod", "used", "capacity")),
            Map.entry("$.stocks[]", List.of("id", "used", "capacity")),
            Map.entry("$.budget[]", List.of("from", "to", "max", "spent")),
            Map.entry("$.finance", List.of("cost", "funded", "totalGap", "draws", "gap", "prices", "tranches", "parties")),
            Map.entry("$.finance.draws[]", List.of("tranche", "period", "amount")),
            Map.entry("$.finance.gap[]", List.of("period", "amount")),
            Map.entry("$.finance.prices[]", List.of("period", "value")),
            Map.entry("$.finance.tranches[]", List.of("id", "party", "kind", "cap", "drawn", "charges")),
            Map.entry("$.finance.parties[]", List.of("party", "drawn", "share")),
            Map.entry("$.value", List.of("openingValue", "spend", "financing", "netPresentValue")),
            Map.entry("$.comparison", List.of("scheduleThenFinance", "joint", "rounds")),
            Map.entry("$.comparison.scheduleThenFinance", List.of("makespan", "feasible", "financingCost", "gap")),
            Map.entry("$.comparison.joint", List.of("makespan", "feasible", "financingCost", "gap")),
            Map.entry("$.constraints[]", List.of("name", "level", "penalty", "matches")),
            Map.entry("$.calendars[]", List.of("id", "cycle", "open")),
            Map.entry("$.explanation", List.of("criticalChain")),
            Map.entry("$.explanation.criticalChain[]", List.of("stage", "start", "finish", "heldBy")));

    private PlanShape() {
    }

    /** Fields a plan must have, and nulls it must not: found in the tree, before it is read into records. */
    static List<Problem> missing(JsonNode root) {
        var problems = new ArrayList<Problem>();
        walk(root, "$", "$", problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, String pattern, List<Problem> problems) {
        if (node.isNull()) {
            problems.add(new Problem(path, "is null; give it a value, or leave the field out where it is optional."));
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", pattern + "[]", problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (var field : REQUIRED.getOrDefault(pattern, List.of())) {
            if (!node.has(field)) {
                problems.add(new Problem(path + "." + field, "is missing; every plan has it. Write the plan again "
                        + "with corridor solve, or check it with corridor check."));
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            var name = names.next();
            walk(node.get(name), path + "." + name, pattern + "." + name, problems);
        }
    }

    static List<Problem> problems(Plan plan) {
        var problems = new ArrayList<Problem>();
        int makespan = plan.makespan();
        if (makespan < 0) {
            problems.add(new Problem("$.makespan", "is " + makespan + "; a makespan counts periods from 0."));
            return problems;
        }
        periods(problems, "$.spend", plan.spend().size(), makespan);
        for (int r = 0; r < plan.resources().size(); r++) {
            var resource = plan.resources().get(r);
            periods(problems, "$.resources[" + r + "].used", resource.used().size(), makespan);
            periods(problems, "$.resources[" + r + "].capacity", resource.capacity().size(), makespan);
        }
        for (int i = 0; i < plan.stages().size(); i++) {
            var stage = plan.stages().get(i);
            if (stage.start() < 0 || stage.finish() < stage.start() || stage.finish() > makespan) {
                problems.add(new Problem("$.stages[" + i + "]", "runs from period " + stage.start() + " to "
                        + stage.finish() + ", which is not a span inside the plan's periods [0, " + makespan + "]."));
            }
            if (stage.resume() != null && (stage.resume() < stage.start() || stage.resume() > makespan)) {
                problems.add(new Problem("$.stages[" + i + "].resume", "is period " + stage.resume() + "; the remaining "
                        + "work of a stage resumes after its start (" + stage.start() + ") and within the plan's periods."));
            }
        }
        for (int c = 0; c < plan.calendars().size(); c++) {
            var calendar = plan.calendars().get(c);
            if (calendar.cycle() < 1) {
                problems.add(new Problem("$.calendars[" + c + "].cycle", "is " + calendar.cycle()
                        + "; a calendar's cycle is at least one period."));
            }
        }
        var finance = plan.finance();
        if (finance != null) {
            for (int i = 0; i < finance.draws().size(); i++) {
                inPlan(problems, "$.finance.draws[" + i + "].period", finance.draws().get(i).period(), makespan);
            }
            for (int i = 0; i < finance.gap().size(); i++) {
                inPlan(problems, "$.finance.gap[" + i + "].period", finance.gap().get(i).period(), makespan);
            }
            for (int i = 0; i < finance.prices().size(); i++) {
                inPlan(problems, "$.finance.prices[" + i + "].period", finance.prices().get(i).period(), makespan);
            }
        }
        return problems;
    }

    private static void periods(List<Problem> problems, String path, int size, int makespan) {
        if (size != makespan) {
            problems.add(new Problem(path, "has " + size + " periods but the plan's makespan is " + makespan
                    + "; it needs one for each period from 0 to the makespan."));
        }
    }

    private static void inPlan(List<Problem> problems, String path, int period, int makespan) {
        if (period < 0 || period >= makespan) {
            problems.add(new Problem(path, "is period " + period + ", outside the plan's periods [0, " + makespan + ")."));
        }
    }
}
