package dev.corridor.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.io.PsplibReader;
import dev.corridor.model.Project;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.support.Projects;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checker can say no. Three plans the solver wrote (Bering; a generated corridor with every
 * feature of the format; a PSPLIB multi-mode instance with stocks) are broken one rule at a time,
 * in the plan or in the dataset it is checked against, and each time the checker must name the
 * rule, what breaks it (stage, link, resource, window, tranche, party or figure) and the period.
 */
class CheckerRejectsBrokenPlansTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static Base bering;
    private static Base corridor;
    private static Base multiMode;

    @BeforeAll
    static void solve() throws Exception {
        bering = Base.solve("bering-strait", Projects.dataset("bering-strait.json"), 60);
        corridor = Base.solve("generated", SyntheticCorridor.generate(60, 11), 60);
        multiMode = Base.solve("j3010_1", PsplibReader.read(Path.of("datasets/psplib/j30mm/j3010_1.mm")), 200);
    }

    /** A dataset and the plan the solver wrote for it, as JSON. */
    private record Base(String name, String dataset, String plan) {

        static Base solve(String name, Project project, int steps) {
            var plan = Planner.solve(project, SolveOptions.stepLimit(steps).withFinanceRounds(0));
            return new Base(name, JsonFiles.toJson(project), PlanJson.toJson(plan));
        }

        Verdict check(ObjectNode dataset, ObjectNode plan) throws Unreadable {
            return PlanCheck.check(name + ".json", write(dataset), name + ".plan.json", write(plan));
        }
    }

    /** What a mutation expects the checker to name. */
    private record Expected(Rule rule, String subject, Integer period) {
    }

    @FunctionalInterface
    private interface Mutation {
        Expected apply(ObjectNode dataset, ObjectNode plan);
    }

    private record Case(String name, Base base, Mutation mutation) {
    }

    @Test
    void everyPlanTheSolverWroteHoldsBeforeItIsBroken() throws Exception {
        for (var base : List.of(bering, corridor, multiMode)) {
            var verdict = base.check(tree(base.dataset()), tree(base.plan()));
            assertThat(verdict.violations()).as(base.name()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenRuleIsNamedWithWhatBreaksItAndWhen() {
        var cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.base().name() + ": " + c.name(), () -> {
            var dataset = tree(c.base().dataset());
            var plan = tree(c.base().plan());
            var expected = c.mutation().apply(dataset, plan);
            var verdict = c.base().check(dataset, plan);
            assertThat(verdict.violations()).as("violations of %s", expected).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(expected.rule());
                assertThat(v.subject()).isEqualTo(expected.subject());
                assertThat(v.period()).isEqualTo(expected.period());
            });
        }));
    }

    private List<Case> cases() {
        var cases = new ArrayList<Case>();
        // Links, each type on the generated corridor, and a lag that only holds if it is counted.
        for (var type : List.of("FS", "SS", "FF", "SF")) {
            cases.add(new Case(type + " link", corridor, (d, p) -> breakLink(d, p, type, false)));
        }
        cases.add(new Case("a lag", bering, (d, p) -> breakLink(d, p, "SS", true)));
        cases.add(new Case("FF link", bering, (d, p) -> breakLink(d, p, "FF", true)));
        cases.add(new Case("a closed season", bering, CheckerRejectsBrokenPlansTest::startInClosedSeason));
        cases.add(new Case("a capacity change", bering, CheckerRejectsBrokenPlansTest::lowerCapacityAtPeak));
        cases.add(new Case("capacity", corridor, CheckerRejectsBrokenPlansTest::lowerCapacityAtPeak));
        cases.add(new Case("a stock", multiMode, (d, p) -> {
            var stock = stock(d);
            int used = p.get("stocks").get(0).get("used").asInt();
            stock.put("capacity", used - 1);
            return new Expected(Rule.STOCK, stock.get("id").asText(), null);
        }));
        cases.add(new Case("a budget cap", bering, (d, p) -> {
            var use = busiestWindow(p);
            var cap = (ObjectNode) d.get("budgetCaps").get(use.index);
            cap.put("max", use.spent.subtract(new BigDecimal("0.001")));
            return new Expected(Rule.BUDGET_CAP, "[" + use.from + ", " + use.to + ")", use.from);
        }));
        cases.add(new Case("a release", bering, (d, p) -> {
            var s = stageStartingAfter(p, 0);
            datasetStage(d, s.get("id").asText()).put("release", s.get("start").asInt() + 1);
            return new Expected(Rule.RELEASE, s.get("id").asText(), s.get("start").asInt());
        }));
        cases.add(new Case("a deadline", corridor, (d, p) -> {
            var s = stageStartingAfter(p, 0);
            datasetStage(d, s.get("id").asText()).put("deadline", s.get("finish").asInt() - 1);
            return new Expected(Rule.DEADLINE, s.get("id").asText(), s.get("finish").asInt());
        }));
        cases.add(new Case("the horizon", bering, (d, p) -> {
            var last = lastStage(p);
            d.put("horizon", last.get("finish").asInt() - 1);
            return new Expected(Rule.HORIZON, last.get("id").asText(), last.get("finish").asInt());
        }));
        cases.add(new Case("a wrong duration", bering, (d, p) -> {
            var s = stageStartingAfter(p, 0);
            s.put("finish", s.get("finish").asInt() + 1);
            return new Expected(Rule.WORKED_PERIODS, s.get("id").asText(), s.get("finish").asInt());
        }));
        cases.add(new Case("a wrong mode", bering, (d, p) -> {
            var s = (ObjectNode) p.get("stages").get(3);
            s.put("mode", "overnight");
            return new Expected(Rule.MODE, s.get("id").asText(), null);
        }));
        cases.add(new Case("another mode's duration", multiMode, CheckerRejectsBrokenPlansTest::otherModeSameDates));
        cases.add(new Case("a missing stage", bering, (d, p) -> {
            var removed = ((ArrayNode) p.get("stages")).remove(5);
            return new Expected(Rule.STAGE_MISSING, removed.get("id").asText(), null);
        }));
        cases.add(new Case("a doubled stage", corridor, (d, p) -> {
            var twice = p.get("stages").get(2).deepCopy();
            ((ArrayNode) p.get("stages")).add(twice);
            return new Expected(Rule.STAGE_TWICE, twice.get("id").asText(), null);
        }));
        cases.add(new Case("a stage the dataset lacks", multiMode, (d, p) -> {
            ((ArrayNode) p.get("stages")).addObject().put("id", "ghost").put("mode", "1").put("start", 0);
            return new Expected(Rule.STAGE_UNKNOWN, "ghost", null);
        }));
        cases.add(new Case("a start before the project", corridor, (d, p) -> {
            var s = (ObjectNode) p.get("stages").get(0);
            s.put("start", -1).remove("finish");
            return new Expected(Rule.PROJECT_START, s.get("id").asText(), -1);
        }));
        cases.add(new Case("a draw outside its window", bering, (d, p) -> {
            var draw = drawFromTrancheOpeningAfter(d, p, 1);
            int before = trancheOf(d, draw.get("tranche").asText()).get("from").asInt() - 1;
            draw.put("period", before);
            return new Expected(Rule.DRAW_WINDOW, draw.get("tranche").asText(), before);
        }));
        cases.add(new Case("an overdrawn tranche", bering, (d, p) -> {
            var use = (ObjectNode) p.get("finance").get("tranches").get(0);
            var tranche = trancheOf(d, use.get("id").asText());
            tranche.put("amount", use.get("drawn").decimalValue().subtract(new BigDecimal("0.001")));
            return new Expected(Rule.TRANCHE_CAP, use.get("id").asText(), null);
        }));
        cases.add(new Case("a draw from no tranche", corridor, (d, p) -> {
            ((ArrayNode) p.get("finance").get("draws")).addObject().put("tranche", "ghost").put("period", 0).put("amount", 1);
            return new Expected(Rule.DRAW_TRANCHE, "ghost", null);
        }));
        cases.add(new Case("a negative draw", corridor, (d, p) -> {
            var draw = (ObjectNode) p.get("finance").get("draws").get(0);
            draw.put("amount", draw.get("amount").decimalValue().negate());
            return new Expected(Rule.DRAW_AMOUNT, draw.get("tranche").asText(), null);
        }));
        cases.add(new Case("a party share", bering, (d, p) -> {
            var party = p.get("finance").get("parties").get(0);
            var bounds = (ObjectNode) d.get("finance").get("partyShare").get(party.get("party").asText());
            bounds.put("min", party.get("share").asDouble() + 0.01).put("max", 1.0);
            return new Expected(Rule.PARTY_SHARE, party.get("party").asText(), null);
        }));
        // Cash ends each plan at the reserve, so money taken away anywhere is missing by the last period.
        cases.add(new Case("spend not drawn", bering, (d, p) -> {
            var draw = (ObjectNode) p.get("finance").get("draws").get(0);
            draw.put("amount", draw.get("amount").decimalValue().subtract(BigDecimal.ONE));
            return new Expected(Rule.CASH_RESERVE, "cash", p.get("makespan").asInt() - 1);
        }));
        cases.add(new Case("the cash reserve", corridor, (d, p) -> {
            var finance = (ObjectNode) d.get("finance");
            finance.put("minReserve", finance.path("minReserve").decimalValue().add(BigDecimal.ONE));
            return new Expected(Rule.CASH_RESERVE, "cash", p.get("makespan").asInt() - 1);
        }));
        cases.add(new Case("money reported short", corridor, (d, p) -> {
            ((ArrayNode) p.get("finance").get("gap")).addObject().put("period", 2).put("amount", 5);
            return new Expected(Rule.MONEY_SHORT, "gap", 2);
        }));
        // Figures the plan reports, each changed alone.
        cases.add(figure("the makespan", bering, "$.makespan", p -> p.put("makespan", p.get("makespan").asInt() - 1)));
        cases.add(figure("a period's spend", bering, "$.spend[7]", p -> bump((ArrayNode) p.get("spend"), 7)));
        cases.add(figure("the total cost", corridor, "$.totalCost", p -> p.put("totalCost",
                p.get("totalCost").decimalValue().add(new BigDecimal("0.001")))));
        cases.add(figure("a stage's cost", corridor, "$.stages[4].cost", p -> {
            var s = (ObjectNode) p.get("stages").get(4);
            s.put("cost", s.get("cost").decimalValue().add(BigDecimal.TEN));
        }));
        cases.add(figure("a resource's use", bering, "$.resources[0].used[" + busyPeriod(bering) + "]",
                p -> bump((ArrayNode) p.get("resources").get(0).get("used"), busyPeriod(bering))));
        cases.add(figure("a system's completion", bering, "$.systems[0].finish", p -> {
            var system = (ObjectNode) p.get("systems").get(0);
            system.put("finish", system.get("finish").asInt() - 1);
        }));
        cases.add(figure("a budget window's spend", bering, "$.budget[0].spent", p -> {
            var window = (ObjectNode) p.get("budget").get(0);
            window.put("spent", window.get("spent").decimalValue().subtract(BigDecimal.ONE));
        }));
        cases.add(figure("a stock's use", multiMode, "$.stocks[0].used", p -> {
            var stock = (ObjectNode) p.get("stocks").get(0);
            stock.put("used", stock.get("used").asInt() - 1);
        }));
        cases.add(figure("the financing cost", bering, "$.finance.cost", p -> {
            var finance = (ObjectNode) p.get("finance");
            finance.put("cost", finance.get("cost").decimalValue().add(new BigDecimal("0.01")));
        }));
        cases.add(figure("a tranche's charges", bering, "$.finance.tranches[6].charges", p -> {
            var use = (ObjectNode) p.get("finance").get("tranches").get(6);
            use.put("charges", use.get("charges").decimalValue().add(BigDecimal.ONE));
        }));
        cases.add(figure("the net present value", bering, "$.value.netPresentValue", p -> {
            var value = (ObjectNode) p.get("value");
            value.put("netPresentValue", value.get("netPresentValue").decimalValue().add(BigDecimal.ONE));
        }));
        cases.add(figure("funded", corridor, "$.finance.funded", p -> ((ObjectNode) p.get("finance")).put("funded", false)));
        cases.add(figure("the verdict", multiMode, "$.feasible", p -> p.put("feasible", false)));
        return cases;
    }

    private static Case figure(String name, Base base, String path, java.util.function.Consumer<ObjectNode> change) {
        return new Case("a changed figure: " + name, base, (d, p) -> {
            change.accept(p);
            return new Expected(Rule.FIGURE, path, null);
        });
    }

    /**
     * Moves the successor of the first link of {@code type} (with a lag when asked) one period too
     * early, keeping its reported finish true; only successors without a calendar, so the finish is
     * the start plus the duration.
     */
    private static Expected breakLink(ObjectNode dataset, ObjectNode plan, String type, boolean withLag) {
        for (var stage : dataset.get("stages")) {
            for (var link : stage.path("predecessors")) {
                int lag = link.path("lag").asInt(0);
                if (!link.path("type").asText("FS").equals(type) || (withLag && lag == 0) || stage.has("calendar")) {
                    continue;
                }
                var b = planned(plan, stage.get("id").asText());
                var a = planned(plan, link.get("stage").asText());
                int duration = b.get("finish").asInt() - b.get("start").asInt();
                if (duration == 0) {
                    continue;
                }
                boolean fromFinish = type.equals("FS") || type.equals("FF");
                int bound = (fromFinish ? a.get("finish").asInt() : a.get("start").asInt()) + lag;
                boolean onStart = type.equals("FS") || type.equals("SS");
                int start = onStart ? bound - 1 : bound - 1 - duration;
                if (start < 0) {
                    continue;
                }
                b.put("start", start).put("finish", start + duration);
                return new Expected(Rule.LINK, a.get("id").asText() + " -> " + b.get("id").asText(),
                        onStart ? start : start + duration);
            }
        }
        throw new AssertionError("no " + type + " link to break");
    }

    private static Expected startInClosedSeason(ObjectNode dataset, ObjectNode plan) {
        for (var stage : dataset.get("stages")) {
            if (!stage.has("calendar")) {
                continue;
            }
            var calendar = calendarOf(dataset, stage.get("calendar").asText());
            var planned = planned(plan, stage.get("id").asText());
            int start = planned.get("start").asInt();
            while (isOpen(calendar, start)) {
                start++;
            }
            planned.put("start", start).remove("finish");
            return new Expected(Rule.CLOSED_SEASON, stage.get("id").asText(), start);
        }
        throw new AssertionError("no seasonal stage");
    }

    /** A capacity change to one unit less than the peak, in the peak's period only. */
    private static Expected lowerCapacityAtPeak(ObjectNode dataset, ObjectNode plan) {
        var profile = plan.get("resources").get(0);
        int peak = profile.get("peak").asInt();
        int period = profile.get("peakPeriod").asInt();
        var resource = (ObjectNode) find(dataset.get("resources"), "id", profile.get("id").asText());
        var changes = resource.has("capacityChanges") ? (ArrayNode) resource.get("capacityChanges")
                : resource.putArray("capacityChanges");
        changes.addObject().put("from", period).put("capacity", peak - 1);
        var capacity = profile.get("capacity");
        if (period + 1 < capacity.size()) {
            changes.addObject().put("from", period + 1).put("capacity", capacity.get(period + 1).asInt());
        }
        return new Expected(Rule.CAPACITY, resource.get("id").asText(), period);
    }

    /** A stage switched to a mode of another duration, its dates left as they were. */
    private static Expected otherModeSameDates(ObjectNode dataset, ObjectNode plan) {
        for (var planned : plan.get("stages")) {
            var stage = datasetStage(dataset, planned.get("id").asText());
            for (var mode : stage.get("modes")) {
                int duration = mode.get("duration").asInt();
                int planDuration = planned.get("finish").asInt() - planned.get("start").asInt();
                if (duration != planDuration) {
                    ((ObjectNode) planned).put("mode", mode.get("id").asText());
                    return new Expected(Rule.WORKED_PERIODS, stage.get("id").asText(), planned.get("finish").asInt());
                }
            }
        }
        throw new AssertionError("no stage with a mode of another duration");
    }

    private record WindowUse(int index, int from, int to, BigDecimal spent) {
    }

    private static WindowUse busiestWindow(ObjectNode plan) {
        WindowUse best = null;
        var windows = plan.get("budget");
        for (int i = 0; i < windows.size(); i++) {
            var w = windows.get(i);
            var use = new WindowUse(i, w.get("from").asInt(), w.get("to").asInt(), w.get("spent").decimalValue());
            if (best == null || use.spent.compareTo(best.spent) > 0) {
                best = use;
            }
        }
        return best;
    }

    /** A period in which the first resource is in use. */
    private static int busyPeriod(Base base) {
        var used = tree(base.plan()).get("resources").get(0).get("used");
        for (int t = 0; t < used.size(); t++) {
            if (used.get(t).asInt() > 0) {
                return t;
            }
        }
        throw new AssertionError("resource never used");
    }

    private static void bump(ArrayNode values, int index) {
        values.set(index, values.get(index).decimalValue().add(BigDecimal.ONE));
    }

    private static ObjectNode drawFromTrancheOpeningAfter(ObjectNode dataset, ObjectNode plan, int from) {
        for (var draw : plan.get("finance").get("draws")) {
            if (trancheOf(dataset, draw.get("tranche").asText()).get("from").asInt() >= from) {
                return (ObjectNode) draw;
            }
        }
        throw new AssertionError("no draw from a tranche opening after period " + from);
    }

    private static ObjectNode stageStartingAfter(ObjectNode plan, int period) {
        for (var stage : plan.get("stages")) {
            if (stage.get("start").asInt() > period && stage.get("finish").asInt() > stage.get("start").asInt()) {
                return (ObjectNode) stage;
            }
        }
        throw new AssertionError("no stage starts after period " + period);
    }

    private static ObjectNode lastStage(ObjectNode plan) {
        ObjectNode last = null;
        for (var stage : plan.get("stages")) {
            if (last == null || stage.get("finish").asInt() > last.get("finish").asInt()) {
                last = (ObjectNode) stage;
            }
        }
        return last;
    }

    private static ObjectNode planned(ObjectNode plan, String id) {
        return (ObjectNode) find(plan.get("stages"), "id", id);
    }

    private static ObjectNode datasetStage(ObjectNode dataset, String id) {
        return (ObjectNode) find(dataset.get("stages"), "id", id);
    }

    private static ObjectNode trancheOf(ObjectNode dataset, String id) {
        return (ObjectNode) find(dataset.get("tranches"), "id", id);
    }

    private static JsonNode calendarOf(ObjectNode dataset, String id) {
        return find(dataset.get("calendars"), "id", id);
    }

    private static ObjectNode stock(ObjectNode dataset) {
        for (var resource : dataset.get("resources")) {
            if (resource.path("kind").asText().equals("NONRENEWABLE")) {
                return (ObjectNode) resource;
            }
        }
        throw new AssertionError("no stock");
    }

    private static boolean isOpen(JsonNode calendar, int period) {
        int offset = Math.floorMod(period, calendar.get("cycle").asInt());
        for (var open : calendar.get("open")) {
            if (open.asInt() == offset) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (var node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
