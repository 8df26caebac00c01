package dev.corridor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.CostRange;
import dev.corridor.model.DurationRange;
import dev.corridor.model.Finance;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.Risk;
import dev.corridor.model.Stage;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.support.Projects;
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
        return parallel(0.2, 0.15);
    }

    private static Project parallel(double probabilityA, double probabilityB) {
        var mode = new Mode("only", 10, Money.of(new java.math.BigDecimal("100")), Map.of());
        var a = new Stage("a", "A", CorridorSystem.FREIGHT, null, null, null, List.of(mode), List.of());
        var b = new Stage("b", "B", CorridorSystem.ENERGY, null, null, null, List.of(mode), List.of());
        var riskA = new Risk("ra", "A slips", probabilityA, List.of("a"), DurationRange.exactly(4), CostRange.exactly(Money.ZERO), null);
        var riskB = new Risk("rb", "B slips", probabilityB, List.of("b"), DurationRange.exactly(6),
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
        assertThat(report.project().finish().p10()).isEqualTo(10);
        assertThat(report.project().finish().p50()).isEqualTo(10);
        assertThat(report.project().finish().p80()).isEqualTo(14);
        assertThat(report.project().finish().p90()).isEqualTo(16);
        // Sampling error of the mean: the 0.17 share of "A alone" varies by about 0.012, the mean by 0.05.
        assertThat(report.project().finish().mean()).isCloseTo(11.58, within(0.15));
        // Cost: 200, plus 30 exactly when B occurs (exactly 150 iterations of 1,000 in a Latin hypercube).
        assertThat(report.project().cost().mean()).isCloseTo(204.5, within(1e-9));
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
        var report = Planner.risk(project, plan, dev.corridor.RiskOptions.fixed(4, 1, 2).withFinanceStep(1), RiskWatch.NONE);
        assertThat(report.project().finish().p10()).isEqualTo(report.project().finish().p90()).isEqualTo(plan.makespan());
        assertThat(report.project().cost().mean()).isCloseTo(plan.totalCost().toDouble(), within(1e-6));
        // The same schedule, financed the same way: the plan's own net value in every scenario.
        assertThat(report.project().npv().p10()).isEqualTo(report.project().npv().p90())
                .isCloseTo(plan.value().netPresentValue().toDouble(), within(1e-9));
        assertThat(report.funding()).isEmpty();
    }

    @Test
    void theReplayKeepsThePlansDatesWhereMoneyComesLateAndTheFinancingCountsTheShortfall() {
        // Two drives of 40, planned while the loan was open from the start; now it opens in period 10.
        var drives = new Projects.Builder()
                .stage("north", 4, 40, Map.of())
                .stage("south", 4, 40, Map.of())
                .build();
        var finance = new Finance(0.04, Money.rounded(1), Map.of());
        var planned = drives.withFunding(List.of(grant(45, 0), loan(60, 0)), finance);
        var late = drives.withFunding(List.of(grant(45, 0), loan(60, 10)), finance);
        var plan = Solve.checked(planned, SolveOptions.stepLimit(50).withFinanceRounds(0));
        assertThat(plan.makespan()).isEqualTo(4);

        var report = Planner.risk(late, plan, dev.corridor.RiskOptions.fixed(4, 1, 1).withFinanceStep(1), RiskWatch.NONE);

        // Solving the late project waits for the loan (14 periods); replaying the plan does not.
        assertThat(report.project().finish().p10()).isEqualTo(report.project().finish().p90()).isEqualTo(4);
        assertThat(report.funding()).isNotEmpty();
    }

    private static Tranche grant(double amount, int from) {
        return new Tranche("grant", "US", TrancheKind.GRANT,
                Money.rounded(amount), from, 100, 0, 0, 0);
    }

    private static Tranche loan(double amount, int from) {
        return new Tranche("loan", "LENDERS", TrancheKind.LOAN,
                Money.rounded(amount), from, 100, 0.05, 0, 0);
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
        assertThat(report.project().npv()).isNotNull();
        assertThat(report.project().npv().p10()).isLessThanOrEqualTo(report.project().npv().p50()).isLessThanOrEqualTo(report.project().npv().p90());
        assertThat(report.funding()).allSatisfy(year -> {
            assertThat(year.probabilityShort()).isBetween(0.0, 1.0);
            assertThat(year.p80Short()).isGreaterThanOrEqualTo(0);
        });
        assertThat(Planner.risk(project, plan, 200, 3, 1)).isEqualTo(report);
        // No scenario costs less than the plan's own modes at their lowest.
        assertThat(report.project().cost().p10()).isGreaterThanOrEqualTo(plan.totalCost().toDouble() - 10);
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
        assertThat(report.project().finish().p90()).as("the ranges and risks push the finish").isGreaterThan(plan.makespan());
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

        assertThat(report.project().npv()).isNotNull();
        // Without the grant (250) the loan and the equity (180 and 80) cannot pay for all 397: some year
        // is short in every scenario, and the report says which.
        assertThat(report.funding()).isNotEmpty().anySatisfy(year -> assertThat(year.probabilityShort()).isEqualTo(1.0));
    }

    /**
     * One stage of 4 periods in a June-to-September season whose start and end each slip by up to
     * 2 periods (triangular [0, 0, 2], rounded: on time with probability 1 − (3/4)² = 0.4375). It
     * finishes in its first season only when that season is whole, 0.4375² ≈ 0.19 of scenarios, and
     * a year or more later otherwise.
     */
    @Test
    void aSeasonThatOpensLateOrClosesEarlyPushesItsWorkIntoTheNextYear() {
        var season = new dev.corridor.model.Calendar("summer", "Arctic summer", 12, List.of(5, 6, 7, 8), 2);
        var project = seasonal(season);
        var plan = Solve.checked(project, SolveOptions.stepLimit(5));
        assertThat(plan.makespan()).isEqualTo(9);

        var report = Planner.risk(project, plan, 1000, 11, 2);

        assertThat(report.project().finish().p10()).isEqualTo(9);
        assertThat(report.project().finish().p50()).isGreaterThanOrEqualTo(18);
        assertThat(report.project().finish().mean()).isGreaterThan(9 + 0.8 * 9);
        assertThat(Planner.risk(project, plan, 1000, 11, 1)).isEqualTo(report);
        // Seasons on time: every scenario is the plan.
        var onTime = seasonal(new dev.corridor.model.Calendar("summer", "Arctic summer", 12, List.of(5, 6, 7, 8), 0));
        var exact = Planner.risk(onTime, plan, 50, 11, 1);
        assertThat(exact.project().finish().p90()).isEqualTo(9);
    }

    private static Project seasonal(dev.corridor.model.Calendar season) {
        var mode = new Mode("only", 4, Money.of(new java.math.BigDecimal("10")), Map.of());
        var dredge = new Stage("dredge", "Dredge the harbour", CorridorSystem.FREIGHT, "summer", null, null, List.of(mode),
                List.of());
        return new Project(Project.SCHEMA_VERSION, "seasonal", PeriodUnit.PERIOD, null, 60, null, null, List.of(),
                List.of(season), List.of(), List.of(dredge), List.of(), List.of(), null, null, null, null, List.of(),
                List.of());
    }

    /**
     * Two stages side by side, each [5, 10, 15] periods: the finish is the longer of the two, and the
     * more their durations go together the less often one of them runs long alone, so the mean finish
     * falls as the correlation rises, and the durations' rank correlation is what the dataset asks.
     */
    @Test
    void correlatedStagesDrawDurationsThatGoTogether() {
        var independent = Planner.risk(twoRanged(List.of()), planOf(twoRanged(List.of())), 1000, 3, 2);
        var together = twoRanged(List.of(new dev.corridor.model.Correlation(List.of("a", "b"), 0.9)));
        var correlated = Planner.risk(together, planOf(together), 1000, 3, 2);

        // E[max] of two independent triangulars [5, 10, 15], each rounded to whole periods, is 11.17
        // (summed over the 11 × 11 pairs of rounded values); of two identical ones, their mean, 10.
        assertThat(independent.project().finish().mean()).isCloseTo(11.17, within(0.1));
        assertThat(correlated.project().finish().mean()).isLessThan(independent.project().finish().mean() - 0.6).isGreaterThan(10);
        assertThat(Planner.risk(together, planOf(together), 1000, 3, 1)).isEqualTo(correlated);
    }

    private static Plan planOf(Project project) {
        return Solve.checked(project, SolveOptions.stepLimit(5));
    }

    private static Project twoRanged(List<dev.corridor.model.Correlation> correlations) {
        var mode = new Mode("only", 10, Money.of(new java.math.BigDecimal("100")), Map.of(), new DurationRange(5, 10, 15),
                null);
        var a = new Stage("a", "A", CorridorSystem.FREIGHT, null, null, null, List.of(mode), List.of());
        var b = new Stage("b", "B", CorridorSystem.ENERGY, null, null, null, List.of(mode), List.of());
        return new Project(Project.SCHEMA_VERSION, "two ranged", PeriodUnit.PERIOD, null, 40, null, null, List.of(),
                List.of(), List.of(), List.of(a, b), List.of(), List.of(), null, null, null, null, List.of(), correlations);
    }

    /**
     * The parallel network with A slipping in 0.1 of the scenarios and B in 0.3, a tornado worked out
     * by hand: without B the finish is 10 unless A occurs (P80 10), with B always 16, a swing of 6;
     * A moves no P80, as B makes 16 the P80 with A or without it (0.3 > 0.2), so it has no bar. The
     * S-curve ends at the two stages' cost, 200, plus B's 30 where B occurs (P90 230).
     */
    @Test
    void theTornadoAndTheCostCurveOfTheParallelNetworkAreTheOnesWorkedOutByHand() {
        var project = parallel(0.1, 0.3);
        var report = Planner.risk(project, Solve.checked(project, SolveOptions.stepLimit(10)), 1000, 42, 2);

        assertThat(report.tornado()).extracting(bar -> bar.id() + " " + bar.kind() + " " + bar.low() + " -> " + bar.high())
                .containsExactly("rb risk 10.0 -> 16.0");
        var curve = report.sCurve();
        assertThat(curve).hasSize(16);
        assertThat(curve.get(0).p50()).isEqualTo(20);
        var last = curve.get(curve.size() - 1);
        assertThat(last.p10()).isEqualTo(200);
        assertThat(last.p90()).isEqualTo(230);
        for (int t = 1; t < curve.size(); t++) {
            assertThat(curve.get(t).p50()).isGreaterThanOrEqualTo(curve.get(t - 1).p50());
        }
        assertThat(Math.abs(report.convergence().finishP80Change())).isLessThanOrEqualTo(4);
    }

    /**
     * Stage a ([2, 10, 10] periods, planned at 10) then b (5): the fixed policy holds b to its planned
     * start, so every scenario ends at 15; re-planned, b follows a at once, so the finish is a's drawn
     * duration plus 5. A triangle whose mode is its high end has the quantile 2 + 8·√u: at P10, P50
     * and P90 round(4.53) + 5 = 10, round(7.66) + 5 = 13 and round(9.59) + 5 = 15. The difference is
     * the value of flexibility.
     */
    @Test
    void reSolvingEachScenarioIsWorthWhatTheFixedPlanCannotTakeUp() {
        var aMode = new Mode("only", 10, Money.of(new java.math.BigDecimal("10")), Map.of(), new DurationRange(2, 10, 10), null);
        var bMode = new Mode("only", 5, Money.of(new java.math.BigDecimal("10")), Map.of());
        var a = new Stage("a", "A", CorridorSystem.FREIGHT, null, null, null, List.of(aMode), List.of());
        var b = new Stage("b", "B", CorridorSystem.FREIGHT, null, null, null, List.of(bMode),
                List.of(new dev.corridor.model.Predecessor("a", dev.corridor.model.LinkType.FS, 0)));
        var project = new Project(Project.SCHEMA_VERSION, "a then b", PeriodUnit.PERIOD, null, 40, null, null, List.of(),
                List.of(), List.of(), List.of(a, b), List.of(), List.of(), null, null, null, null, List.of(), List.of());
        var plan = planOf(project);
        assertThat(plan.makespan()).isEqualTo(15);
        var options = dev.corridor.RiskOptions.fixed(1000, 5, 2).withPolicy(RiskPolicy.REPLAN).withReplanSteps(10);

        var report = Planner.risk(project, plan, options, RiskWatch.NONE);

        assertThat(report.policy()).isEqualTo("replan");
        assertThat(report.project().finish().p10()).isEqualTo(10);
        assertThat(report.project().finish().p50()).isEqualTo(13);
        assertThat(report.project().finish().p90()).isEqualTo(15);
        var flexibility = report.flexibility();
        assertThat(flexibility.fixedFinish().p10()).isEqualTo(15);
        assertThat(flexibility.fixedFinish().p90()).isEqualTo(15);
        assertThat(flexibility.finishP50Gain()).isEqualTo(2);
        // The fixed side is the fixed policy's own report of the same scenarios.
        assertThat(flexibility.fixedFinish()).isEqualTo(Planner.risk(project, plan, 1000, 5, 1).project().finish());
        var oneThread = new dev.corridor.RiskOptions(1000, 5, 1, RiskPolicy.REPLAN, false, 10, 0);
        assertThat(Planner.risk(project, plan, oneThread, RiskWatch.NONE)).isEqualTo(report);
    }

    @Test
    void runUntilStableStopsInWholeBatchesOnceThePercentilesSettleAndTheSameOnAnyThreads() {
        var project = parallel();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var options = dev.corridor.RiskOptions.fixed(5000, 9, 2).withUntilStable(true);

        var report = Planner.risk(project, plan, options, RiskWatch.NONE);

        assertThat(report.iterations()).isLessThan(5000).isGreaterThanOrEqualTo(2 * RiskAnalysis.BATCH);
        assertThat(report.iterations() % RiskAnalysis.BATCH).isZero();
        assertThat(report.stopped()).isTrue();
        assertThat(report.project().finish().p80()).isEqualTo(14);
        assertThat(Planner.risk(project, plan, new dev.corridor.RiskOptions(5000, 9, 1, RiskPolicy.FIXED, true, 0, 0),
                RiskWatch.NONE)).isEqualTo(report);
    }

    @Test
    void aStoppedRunReportsTheScenariosItDid() {
        var project = parallel();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var done = new java.util.concurrent.atomic.AtomicInteger();
        var watch = new RiskWatch() {
            @Override
            public void progress(int scenarios, int of) {
                done.set(scenarios);
                assertThat(of).isEqualTo(100_000);
            }

            @Override
            public boolean isStopped() {
                return done.get() >= 300;
            }
        };

        var report = Planner.risk(project, plan, dev.corridor.RiskOptions.fixed(100_000, 1, 2), watch);

        assertThat(report.stopped()).isTrue();
        assertThat(report.iterations()).isBetween(300, 310);
        assertThat(report.project().finish().p10()).isEqualTo(10);
    }

    /**
     * Two stages with no link between them but one crew, each [8, 10, 14] periods, planned one after
     * the other. The second is held to its planned start, 10, by the fixed policy; when the first runs
     * long (11 or more: rounded, (14 − 10.5)² / (6 · 4) = 0.51 of the scenarios) the second waits for
     * it to free the crew, and the first is on the critical chain though no link joins them.
     */
    @Test
    void aStageThatFreesTheCrewTheLastOneWaitsForIsCritical() {
        var mode = new Mode("only", 10, Money.of(new java.math.BigDecimal("10")), Map.of("crew", 1),
                new DurationRange(8, 10, 14), null);
        var a = new Stage("a", "A", CorridorSystem.FREIGHT, null, null, null, List.of(mode), List.of());
        var b = new Stage("b", "B", CorridorSystem.FREIGHT, null, null, null, List.of(mode), List.of());
        var crew = new dev.corridor.model.Resource("crew", "The one crew", 1, List.of());
        var project = new Project(Project.SCHEMA_VERSION, "one crew", PeriodUnit.PERIOD, null, 60, null, null,
                List.of(crew), List.of(), List.of(), List.of(a, b), List.of(), List.of(), null, null, null, null, List.of(),
                List.of());

        var report = Planner.risk(project, planOf(project), 200, 3, 2);

        var first = report.stages().stream().filter(stage -> stage.criticality() < 1).findFirst().orElseThrow();
        assertThat(first.criticality()).isCloseTo(0.51, within(0.01));
        assertThat(report.stages()).filteredOn(stage -> stage.criticality() == 1.0).hasSize(1);
    }

    @Test
    void anAnalysisRunAgainGivesTheReportAFreshOneGives() {
        // A run of 100, then one until stable whose first batch is also 100: each batch's hypercube is
        // its own seed's, not one left from the earlier run.
        var project = parallel();
        var plan = Solve.checked(project, SolveOptions.stepLimit(10));
        var reused = new RiskAnalysis(project, plan);
        reused.run(100, 42, 2);

        var again = reused.run(300, 42, 2, RiskPolicy.FIXED, true, RiskWatch.NONE);

        assertThat(again).isEqualTo(new RiskAnalysis(project, plan).run(300, 42, 2, RiskPolicy.FIXED, true, RiskWatch.NONE));
    }

    private static StageRisk stage(List<StageRisk> stages, String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
