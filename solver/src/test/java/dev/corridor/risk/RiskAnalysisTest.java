package dev.corridor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.CostRange;
import dev.corridor.model.DurationRange;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.Risk;
import dev.corridor.model.Stage;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.support.Solve;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Risk analysis against distributions worked out by hand. Two stages of 10 periods run side by side;
 * risk A delays the first by 4 with probability 0.2, risk B the second by 6 with probability 0.15,
 * independently. So the project finishes at 10 with probability 0.68, at 14 with 0.17 and at 16 with
 * 0.15 (whenever B occurs): P10 = P50 = 10, P80 = 14, P90 = 16, and the mean 11.58. The first stage
 * is on the critical chain whenever B does not occur (0.85); the second whenever it does, or neither
 * occurs (0.83).
 */
class RiskAnalysisTest {

    private static Project parallel() {
        var mode = new Mode("only", 10, Money.of(new java.math.BigDecimal("100")), Map.of());
        var a = new Stage("a", "A", CorridorSystem.FREIGHT, null, null, null, List.of(mode), List.of());
        var b = new Stage("b", "B", CorridorSystem.ENERGY, null, null, null, List.of(mode), List.of());
        var riskA = new Risk("ra", "A slips", 0.2, List.of("a"), DurationRange.exactly(4), CostRange.exactly(Money.ZERO), null);
        var riskB = new Risk("rb", "B slips", 0.15, List.of("b"), DurationRange.exactly(6),
                CostRange.exactly(Money.of(new java.math.BigDecimal("30"))), null);
        return new Project(Project.SCHEMA_VERSION, "parallel", PeriodUnit.PERIOD, null, 40, null, null, List.of(), List.of(),
                List.of(), List.of(a, b), List.of(), List.of(), null, null, null, null, List.of(riskA, riskB), List.of());
    }

    @Test
    void independentRisksOnParallelStagesGiveTheFinishWorkedOutByHand() {
        var project = parallel();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var report = Planner.risk(project, plan, 1000, 42, 1);

        assertThat(report.iterations()).isEqualTo(1000);
        assertThat(report.finish().p10()).isEqualTo(10);
        assertThat(report.finish().p50()).isEqualTo(10);
        assertThat(report.finish().p80()).isEqualTo(14);
        assertThat(report.finish().p90()).isEqualTo(16);
        // Sampling error of the mean: the 0.17 share of "A alone" varies by about 0.012, the mean by 0.05.
        assertThat(report.finish().mean()).isCloseTo(11.58, within(0.15));
        // Cost: 200, plus 30 exactly when B occurs (exactly 150 iterations of 1,000 in a Latin hypercube).
        assertThat(report.cost().mean()).isCloseTo(204.5, within(1e-9));
        assertThat(report.systems()).hasSize(2);

        var a = stage(report.stages(), "a");
        var b = stage(report.stages(), "b");
        assertThat(a.criticality()).isCloseTo(0.85, within(1e-9));
        assertThat(b.criticality()).isCloseTo(0.83, within(0.03));
        assertThat(b.cruciality()).isGreaterThan(a.cruciality()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameReportOnOneThreadOrTwo() {
        var project = parallel();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var one = Planner.risk(project, plan, 400, 7, 1);
        var two = Planner.risk(project, plan, 400, 7, 2);
        assertThat(two).isEqualTo(one);
        assertThat(Planner.risk(project, plan, 400, 8, 1)).isNotEqualTo(one);
    }

    @Test
    void aDatasetWithoutRangesOrRisksReplaysThePlanItself() {
        var project = dev.corridor.support.Projects.dataset("bering-strait.json");
        var plan = Solve.checked(project, SolveOptions.stepLimit(100).withFinanceRounds(0));
        var report = Planner.risk(project, plan, 4, 1, 2);
        assertThat(report.finish().p10()).isEqualTo(report.finish().p90()).isEqualTo(plan.makespan());
        assertThat(report.cost().mean()).isCloseTo(plan.totalCost().toDouble(), within(1e-6));
        // The same schedule, financed the same way: the plan's own net value in every scenario.
        assertThat(report.npv().p10()).isEqualTo(report.npv().p90())
                .isCloseTo(plan.value().netPresentValue().toDouble(), within(1e-9));
        assertThat(report.funding()).isEmpty();
    }

    @Test
    void withTranchesEachScenarioIsFinancedAndTheYearsShortOfMoneyAreCounted() throws Exception {
        var text = java.nio.file.Files.readString(java.nio.file.Path.of("datasets", "demo-small.json"));
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        // The bore may run long and dear, and a slip may hit the earthworks.
        var bore = (com.fasterxml.jackson.databind.node.ObjectNode) root.get("stages").get(6).get("modes").get(0);
        bore.putArray("durationRange").add(9).add(10).add(16);
        bore.putArray("costRange").add(110).add(120).add(200);
        var project = dev.corridor.model.io.ProjectJson.parse("demo-risk.json",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(root));
        var plan = Solve.checked(project, SolveOptions.stepLimit(100).withFinanceRounds(0));

        var report = Planner.risk(project, plan, 200, 3, 2);
        assertThat(report.npv()).isNotNull();
        assertThat(report.npv().p10()).isLessThanOrEqualTo(report.npv().p50()).isLessThanOrEqualTo(report.npv().p90());
        assertThat(report.funding()).allSatisfy(year -> {
            assertThat(year.probabilityShort()).isBetween(0.0, 1.0);
            assertThat(year.p80Short()).isGreaterThanOrEqualTo(0);
        });
        assertThat(Planner.risk(project, plan, 200, 3, 1)).isEqualTo(report);
        // No scenario costs less than the plan's own modes at their lowest.
        assertThat(report.cost().p10()).isGreaterThanOrEqualTo(plan.totalCost().toDouble() - 10);
    }

    @Test
    void theBeringRiskDatasetFinishesEachSystemNoEarlierThanPlannedAndTheSameOnOneThreadOrTwo() {
        var project = dev.corridor.support.Projects.dataset("bering-strait-risk.json");
        var plan = Solve.checked(project, SolveOptions.stepLimit(50).withFinanceRounds(0));
        var report = Planner.risk(project, plan, 30, 42, 2);

        for (var system : report.systems()) {
            int planned = plan.systems().stream().filter(s -> s.system() == system.system()).findFirst().orElseThrow()
                    .finish();
            assertThat(system.finish().p80()).as(system.system().name())
                    .isGreaterThanOrEqualTo(system.finish().p50()).isGreaterThanOrEqualTo(planned);
        }
        assertThat(report.finish().p90()).as("the ranges and risks push the finish").isGreaterThan(plan.makespan());
        assertThat(report.funding()).allSatisfy(year -> assertThat(year.probabilityShort()).isBetween(0.0, 1.0));
        assertThat(Planner.risk(project, plan, 30, 42, 1)).isEqualTo(report);
    }

    @Test
    void aRiskThatWithdrawsAPartysTranchesVoidsItsMinimumShareSoEveryScenarioIsFinanced() throws Exception {
        // The demo's public party must carry at least 30 % of all draws; here its only grant goes for sure.
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("datasets", "demo-small.json")));
        var risk = root.putArray("risks").addObject().put("id", "grant-gone").put("probability", 1.0);
        risk.putObject("withdraw").put("from", 0).putArray("tranches").add("public-grant");
        var project = dev.corridor.model.io.ProjectJson.parse("demo-withdrawn.json", mapper.writeValueAsString(root));
        var plan = Solve.checked(project, SolveOptions.stepLimit(50).withFinanceRounds(0));

        var report = Planner.risk(project, plan, 5, 1, 1);

        assertThat(report.npv()).isNotNull();
        // Without the grant (250) the loan and the equity (180 and 80) cannot pay for all 397: some year
        // is short in every scenario, and the report says which.
        assertThat(report.funding()).isNotEmpty().anySatisfy(year -> assertThat(year.probabilityShort()).isEqualTo(1.0));
    }

    private static StageRisk stage(List<StageRisk> stages, String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
