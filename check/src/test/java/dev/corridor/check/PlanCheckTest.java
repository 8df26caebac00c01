package dev.corridor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A three-stage dataset small enough to plan by hand: stage a (2 months, a crew, 4 steel), then b
 * (summer calendar, released in month 3, due by month 12, FS lag 1 after a), then c (FF after b).
 * The crew drops from 2 to 1 in month 6; a free grant pays for everything as it is spent.
 */
class PlanCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DATASET = """
            {"schemaVersion": 1, "name": "tiny", "periodUnit": "MONTH", "startDate": "2030-01-01", "horizon": 24,
             "resources": [{"id": "crew", "capacity": 2, "capacityChanges": [{"from": 6, "capacity": 1}]},
                           {"id": "steel", "kind": "NONRENEWABLE", "capacity": 10}],
             "calendars": [{"id": "summer", "cycle": 12, "open": [4, 5, 6, 7, 8]}],
             "budgetCaps": [{"from": 0, "to": 12, "max": 10}],
             "stages": [
               {"id": "a", "system": "SHARED", "modes": [{"id": "only", "duration": 2, "cost": 3, "demand": {"crew": 1, "steel": 4}}]},
               {"id": "b", "system": "FREIGHT", "calendar": "summer", "release": 3, "deadline": 12,
                "modes": [{"id": "slow", "duration": 3, "cost": 3, "demand": {"crew": 1}},
                          {"id": "fast", "duration": 2, "cost": 4, "demand": {"crew": 2, "steel": 6}}],
                "predecessors": [{"stage": "a", "type": "FS", "lag": 1}]},
               {"id": "c", "system": "FREIGHT", "modes": [{"id": "only", "duration": 1, "cost": 1}],
                "predecessors": [{"stage": "b", "type": "FF", "lag": 0}]}],
             "tranches": [{"id": "grant", "party": "US", "kind": "GRANT", "amount": 7, "from": 0, "to": 12}],
             "finance": {"discountRate": 0, "minReserve": 0}}
            """;

    private static final String PLAN = """
            {"dataset": "tiny", "feasible": true, "makespan": 7, "finishDate": "2030-08-01", "totalCost": 7,
             "stages": [{"id": "a", "mode": "only", "start": 0, "finish": 2, "cost": 3, "startDate": "2030-01-01"},
                        {"id": "b", "mode": "slow", "start": 4, "finish": 7, "cost": 3},
                        {"id": "c", "mode": "only", "start": 6, "finish": 7, "cost": 1}],
             "systems": [{"system": "FREIGHT", "finish": 7, "stages": 2}, {"system": "SHARED", "finish": 2, "stages": 1}],
             "spend": [1.5, 1.5, 0, 0, 1, 1, 2],
             "resources": [{"id": "crew", "peak": 1, "peakPeriod": 0, "used": [1, 1, 0, 0, 1, 1, 1],
                            "capacity": [2, 2, 2, 2, 2, 2, 1]}],
             "stocks": [{"id": "steel", "used": 4, "capacity": 10}],
             "budget": [{"from": 0, "to": 12, "max": 10, "spent": 7}],
             "finance": {"cost": 0, "funded": true, "totalGap": 0, "gap": [],
                         "draws": [{"tranche": "grant", "period": 0, "amount": 1.5}, {"tranche": "grant", "period": 1, "amount": 1.5},
                                   {"tranche": "grant", "period": 4, "amount": 1}, {"tranche": "grant", "period": 5, "amount": 1},
                                   {"tranche": "grant", "period": 6, "amount": 2}],
                         "tranches": [{"id": "grant", "cap": 7, "drawn": 7, "charges": 0}],
                         "parties": [{"party": "US", "drawn": 7, "share": 1.0}]},
             "value": {"openingValue": 0, "spend": 7, "financing": 0, "netPresentValue": -7}}
            """;

    private static Verdict check(Consumer<ObjectNode> change) throws Exception {
        var plan = (ObjectNode) JSON.readTree(PLAN);
        change.accept(plan);
        return PlanCheck.check("tiny.json", DATASET, "tiny.plan.json", JSON.writeValueAsString(plan));
    }

    private static ObjectNode stage(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("stages").get(index);
    }

    @Test
    void aPlanMadeByHandFromTheRulesHoldsWithEveryFigureTrue() throws Exception {
        var verdict = check(plan -> { });
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.holds()).isTrue();
    }

    @Test
    void aCrewOverItsReducedCapacityIsNamedWithItsPeriod() throws Exception {
        // b's fast mode needs 2 crews, and in July only 1 is left.
        var verdict = check(plan -> stage(plan, 1).put("mode", "fast").put("start", 5).put("finish", 7));
        assertThat(verdict.of(Rule.CAPACITY)).extracting(Violation::message)
                .containsExactly("period 6 (2030-07): crew holds 2, capacity 1");
    }

    @Test
    void aSeasonalStageStartingInWinterIsRefused() throws Exception {
        var verdict = check(plan -> stage(plan, 1).put("start", 3));
        assertThat(verdict.of(Rule.CLOSED_SEASON)).extracting(Violation::message)
                .containsExactly("period 3 (2030-04): stage b starts while its calendar summer is closed (it works first in period 4 (2030-05))");
    }

    @Test
    void aFinishToFinishLinkIsCheckedOnTheFinishes() throws Exception {
        var verdict = check(plan -> stage(plan, 2).put("start", 5).put("finish", 6));
        assertThat(verdict.of(Rule.LINK)).extracting(Violation::subject, Violation::period)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b -> c", 6));
    }

    @Test
    void everyViolationIsReportedNotOnlyTheFirst() throws Exception {
        var verdict = check(plan -> {
            stage(plan, 0).put("start", -1).put("finish", 1);
            ((ArrayNode) plan.get("stages")).remove(2);
        });
        assertThat(verdict.violations()).extracting(Violation::rule)
                .contains(Rule.PROJECT_START, Rule.STAGE_MISSING);
        assertThat(verdict.notes()).anyMatch(note -> note.contains("figures and financing were not rechecked"));
    }

    @Test
    void aDrawAfterItsWindowAndBeyondTheAmountIsRefused() throws Exception {
        var verdict = check(plan -> ((ArrayNode) plan.get("finance").get("draws"))
                .addObject().put("tranche", "grant").put("period", 6).put("amount", 0.001));
        assertThat(verdict.of(Rule.TRANCHE_CAP)).extracting(Violation::message)
                .containsExactly("tranche grant is drawn 7.001 in all, beyond its amount 7");
        assertThat(verdict.of(Rule.FIGURE)).extracting(Violation::subject)
                .contains("$.finance.tranches[0].drawn", "$.finance.parties[0].drawn");
    }

    @Test
    void spendThatIsNotDrawnLeavesCashBelowTheReserve() throws Exception {
        var verdict = check(plan -> ((ObjectNode) plan.get("finance").get("draws").get(4)).put("amount", 1.999));
        assertThat(verdict.of(Rule.CASH_RESERVE)).extracting(Violation::message)
                .containsExactly("period 6 (2030-07): cash in hand -0.001 is below the reserve 0 (short by 0.001) with no shortfall reported");
    }

    @Test
    void aReportedFigureThatIsNotTrueIsRefused() throws Exception {
        var verdict = check(plan -> ((ArrayNode) plan.get("spend")).set(4, 1.001));
        assertThat(verdict.violations()).extracting(Violation::message)
                .containsExactly("$.spend[4]: the plan reports 1.001, the dataset gives 1 in period 4 (2030-05)");
    }

    @Test
    void aPlanWithOnlyItsStagesIsCheckedOnItsRulesAndSaysWhatItCouldNot() throws Exception {
        var verdict = PlanCheck.check("tiny.json", DATASET, "hand.json", """
                {"stages": [{"id": "a", "mode": "only", "start": 0}, {"id": "b", "mode": "slow", "start": 4},
                            {"id": "c", "start": 6}]}""");
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.notes()).anyMatch(note -> note.contains("no financing"));
    }

    @Test
    void aStageWithSeveralModesMustSayWhichItRunsIn() throws Exception {
        var verdict = check(plan -> stage(plan, 1).remove("mode"));
        assertThat(verdict.of(Rule.MODE)).extracting(Violation::message).containsExactly(
                "stage b has 2 modes and the plan does not say which it runs in ($.stages[1].mode)");
    }

    @Test
    void aPlanThatCannotBeReadIsToldByFileAndPath() {
        assertThatThrownBy(() -> PlanCheck.check("tiny.json", DATASET, "bad.json", "{\"stages\": [{\"id\": \"a\", \"start\": \"soon\"}]}"))
                .isInstanceOf(Unreadable.class)
                .hasMessage("bad.json: $.stages[0].start: expected a whole number (of periods or units) but found \"soon\".");
        assertThatThrownBy(() -> PlanCheck.check("tiny.json", DATASET, "bad.json", "{\"stages\": [}"))
                .isInstanceOf(Unreadable.class).hasMessageStartingWith("bad.json: line 1, column 13: malformed JSON");
    }
}
