package dev.corridor.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.ShareBounds;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.support.Checked;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Small financing problems whose optimum is worked out by hand. Periods are years (unit PERIOD,
 * one period a year), so a tranche's rate is its rate per period, and with no discount rate the
 * cost is the plain sum of charges. The horizon ends with the spend unless a test says otherwise.
 */
class FinancierTest {

    /** Prices and shares are doubles, as the LP gives them. */
    private static final double EPS = 1e-6;
    /** Money is reported to the thousandth: draws, gaps and charges rounded, topped up where rounding left a period short. */
    private static final double MONEY = 1e-3;

    private static Tranche grant(String id, String party, double amount, int from, int to) {
        return new Tranche(id, party, TrancheKind.GRANT, Money.rounded(amount), from, to, 0, 0, 0);
    }

    private static Tranche loan(String id, String party, double amount, int from, int to, double rate) {
        return new Tranche(id, party, TrancheKind.LOAN, Money.rounded(amount), from, to, rate, 0, 0);
    }

    private static Finance terms(double discountRate, double minReserve, Map<String, ShareBounds> shares) {
        return new Finance(discountRate, Money.rounded(minReserve), shares);
    }

    private static Project project(int horizon, Finance finance, Tranche... tranches) {
        return new Project(Project.SCHEMA_VERSION, "finance test", PeriodUnit.PERIOD, null, horizon, "USD", "million",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(tranches), finance);
    }

    private static Project project(int horizon, Tranche... tranches) {
        return project(horizon, terms(0, 0, Map.of()), tranches);
    }

    private static FinancePlan finance(Project project, Double... spend) {
        var money = Arrays.stream(spend).map(Money::rounded).toList();
        var plan = Financier.finance(project, money);
        Checked.assertFunds(project, money, plan);
        return plan;
    }

    private static double drawn(FinancePlan plan, String tranche, int period) {
        return plan.draws().stream().filter(d -> d.tranche().equals(tranche) && d.period() == period)
                .mapToDouble(d -> d.amount().toDouble()).sum();
    }

    private static double drawn(FinancePlan plan, String tranche) {
        return plan.draws().stream().filter(d -> d.tranche().equals(tranche)).mapToDouble(d -> d.amount().toDouble()).sum();
    }

    @Test
    void loanCoversSpendBeforeTheGrantWindowOpensAndTheGrantPaysItsInterestAfter() {
        // Spend 10 in period 1; the grant opens only in period 2. The loan pays the 10, and its
        // interest of 1 in period 2 comes from the free grant.
        var plan = finance(project(3, grant("grant", "US", 100, 2, 3), loan("loan", "US", 100, 0, 3, 0.10)),
                0.0, 10.0, 0.0);
        assertThat(drawn(plan, "loan", 1)).isCloseTo(10, within(MONEY));
        assertThat(drawn(plan, "grant", 2)).isCloseTo(1, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(1.0, within(MONEY));
        assertThat(plan.funded()).isTrue();
    }

    @Test
    void cheapTrancheIsUsedUpToItsCapBeforeTheDearOne() {
        // 10 in period 0: 6 from the 5 % loan (its cap), 4 from the 10 % loan; interest 0.3 + 0.4 in
        // period 1 is drawn from the dear loan, the cheap one being full.
        var plan = finance(project(2, loan("cheap", "US", 6, 0, 2, 0.05), loan("dear", "US", 100, 0, 2, 0.10)),
                10.0, 0.0);
        assertThat(drawn(plan, "cheap")).isCloseTo(6, within(MONEY));
        assertThat(drawn(plan, "dear")).isCloseTo(4.7, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(0.7, within(MONEY));
    }

    @Test
    void upfrontFeeIsPaidOutOfEachDraw() {
        var feeLoan = new Tranche("fee-loan", "US", TrancheKind.LOAN, Money.rounded(100), 0, 1, 0, 0.02, 0);
        var plan = finance(project(1, feeLoan), 9.8);
        assertThat(drawn(plan, "fee-loan")).isCloseTo(10, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(0.2, within(MONEY));
    }

    @Test
    void reserveIsHeldFromTheFirstPeriodAndCostsInterest() {
        // 5 must be in hand after period 0 already; its interest of 0.5 falls due in period 1.
        var plan = finance(project(2, terms(0, 5, Map.of()), loan("loan", "US", 100, 0, 2, 0.10)), 0.0, 10.0);
        assertThat(drawn(plan, "loan", 0)).isCloseTo(5, within(MONEY));
        assertThat(drawn(plan, "loan", 1)).isCloseTo(10.5, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(0.5, within(MONEY));
    }

    @Test
    void commitmentFeeIsChargedOnTheUndrawnAmountInsideTheWindow() {
        // Period 0: fee 1 % of 100 undrawn = 1, so 11 is drawn. Period 1: 10 % interest on 11 plus
        // 1 % of the 89 still undrawn, 1.99 in all. Drawing ahead to save fees would cost 10 % to save 1 %.
        var committed = new Tranche("facility", "LENDERS", TrancheKind.LOAN, Money.rounded(100), 0, 2, 0.10, 0, 0.01);
        var plan = finance(project(2, committed), 10.0, 0.0);
        assertThat(drawn(plan, "facility", 0)).isCloseTo(11, within(MONEY));
        assertThat(drawn(plan, "facility", 1)).isCloseTo(1.99, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(1 + 1.1 + 0.89, within(MONEY));
    }

    @Test
    void freeFacilityWithACommitmentFeeIsDrawnAtOnceToStopTheFee() {
        var committed = new Tranche("facility", "LENDERS", TrancheKind.LOAN, Money.rounded(100), 0, 2, 0, 0, 0.01);
        var plan = finance(project(2, committed), 10.0, 90.0);
        assertThat(drawn(plan, "facility", 0)).isCloseTo(100, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(1, within(MONEY));
    }

    @Test
    void whatIsOwedWhenThePlanEndsIsChargedUntilTheHorizonButNotDrawnFor() {
        var plan = finance(project(3, loan("loan", "US", 100, 0, 3, 0.10)), 10.0);
        assertThat(drawn(plan, "loan")).isCloseTo(10, within(MONEY));
        assertThat(plan.cost().toDouble()).isCloseTo(2 * 0.10 * 10, within(MONEY));
    }

    @Test
    void equityIsPricedAtItsCostOfCapitalOnTheDrawnBalance() {
        var equity = new Tranche("equity", "PRIVATE", TrancheKind.EQUITY, Money.rounded(100), 0, 1, 0.12, 0, 0);
        var plan = finance(project(3, equity), 10.0, 0.0, 0.0);
        assertThat(drawn(plan, "equity")).isCloseTo(10, within(MONEY));
        // 12 % of 10 in periods 1 and 2; no cash is paid for it.
        assertThat(plan.cost().toDouble()).isCloseTo(2.4, within(MONEY));
    }

    @Test
    void partyShareForcesTheDearerLenderWhenTheCheapPartyMayCarryOnlyHalf() {
        var finance = terms(0, 0, Map.of("US", new ShareBounds(0, 0.5)));
        var plan = finance(project(2, finance, grant("us-grant", "US", 100, 0, 2),
                loan("bank", "LENDERS", 100, 0, 2, 0.10)), 10.0, 0.0);
        // The bank lends b in period 0 and its 10 % interest in period 1 is drawn from the bank too, so
        // the US carries 10 - b against the bank's 1.1 b: at most half means b ≥ 10 / 2.1, costing 0.1 b.
        // Money drawn and left idle to dilute the share is not allowed.
        assertThat(drawn(plan, "bank", 0)).isCloseTo(10 / 2.1, within(MONEY));
        assertThat(plan.parties()).filteredOn(p -> p.party().equals("US"))
                .singleElement().satisfies(p -> assertThat(p.share()).isCloseTo(0.5, within(1e-4))); // of rounded draws
        assertThat(plan.cost().toDouble()).isCloseTo(1 / 2.1, within(MONEY));
    }

    @Test
    void shortfallIsReportedPerPeriodAndThePlanIsNotFunded() {
        // With money worth more early, the gap is taken as late as it can be: 6 in period 0, 3 in period 1.
        var plan = finance(project(2, terms(0.05, 0, Map.of()), grant("small", "US", 4, 0, 2)), 10.0, 3.0);
        assertThat(plan.funded()).isFalse();
        assertThat(plan.totalGap().toDouble()).isCloseTo(9, within(MONEY));
        assertThat(plan.gap()).extracting(g -> g.period()).containsExactly(0, 1);
        assertThat(plan.gap().get(0).amount().toDouble()).isCloseTo(6, within(MONEY));
        assertThat(plan.gap().get(1).amount().toDouble()).isCloseTo(3, within(MONEY));
    }

    @Nested
    class PriceOfCash {

        @Test
        void isTheExtraCostOfOneMoreUnitOfSpendAndIsPositiveWhenMoneyCostsInterest() {
            // One more unit in period 0 is one more unit of loan, 10 % interest in period 1, discounted
            // one year at 5 %. One more unit in the last period costs nothing: no interest falls due.
            var finance = terms(0.05, 0, Map.of());
            var project = project(2, finance, loan("loan", "US", 100, 0, 2, 0.10));
            var plan = finance(project, 10.0, 0.0);
            assertThat(plan.prices().get(0).value()).isCloseTo(0.10 / 1.05, within(EPS));
            assertThat(plan.prices().get(1).value()).isCloseTo(0, within(EPS));

            var more = finance(project, 11.0, 0.0);
            assertThat(more.cost().minus(plan.cost()).toDouble()).isCloseTo(plan.prices().get(0).value(), within(MONEY));
        }

        @Test
        void isZeroWhereAFreeGrantHasRoom() {
            var plan = finance(project(2, grant("grant", "US", 20, 0, 1)), 5.0, 5.0);
            assertThat(plan.prices()).allSatisfy(price -> assertThat(price.value()).isCloseTo(0, within(EPS)));
        }

        @Test
        void isThePenaltyWhereMoneyRunsOut() {
            // The grant, drawn in period 0 and carried, covers 7 of 10: every further unit is gap in period 1.
            var project = project(2, terms(0.05, 0, Map.of()), grant("grant", "US", 7, 0, 1));
            var plan = finance(project, 5.0, 5.0);
            assertThat(plan.prices()).allSatisfy(price ->
                    assertThat(price.value()).isCloseTo(FinancingLp.GAP_PENALTY / 1.05, within(1e-6)));
        }
    }

    /**
     * A Bering risk scenario whose spend runs one period past the horizon, so the last period's draws
     * cost no charges after it: ojAlgo's sparse dual simplex called this LP infeasible, and risk
     * analysis stopped at it. With its gap variables every financing LP is feasible.
     */
    @Test
    void financesASpendThatRunsPastTheHorizon() throws Exception {
        var json = new String(FinancierTest.class.getResourceAsStream("/finance/past-horizon-scenario.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var project = dev.corridor.model.io.ProjectJson.parse("past-horizon-scenario.json", json);
        var spend = new java.util.ArrayList<Money>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("x-spend")
                .forEach(value -> spend.add(Money.of(value.decimalValue())));
        assertThat(spend).hasSize(project.horizon() + 1);

        var plan = Financier.finance(project, spend);

        // The checker would refuse the spend's last stage for finishing past the horizon; a horizon at
        // the spend's end, where no charge runs on after it either, checks the same cash flow.
        var toTheEnd = new Project(project.schemaVersion(), project.name(), project.periodUnit(), project.startDate(),
                spend.size(), project.currency(), project.moneyUnit(), project.resources(), project.calendars(),
                project.budgetCaps(), project.stages(), project.milestones(), project.tranches(), project.finance());
        Checked.assertFunds(toTheEnd, spend, plan);
        assertThat(plan.draws()).isNotEmpty();
        assertThat(plan.cost()).isEqualTo(Financier.finance(toTheEnd, spend).cost());
    }
}
