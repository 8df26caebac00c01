package dev.corridor.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.PartyUse;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The financing as reported, in whole thousandths, pays for the spend by the README's cash flow
 * replayed exactly: draws, gaps and spend are summed as whole thousandths, and only the charges
 * (interest, fees) are doubles, so cash never falls below the reserve by more than their floating
 * error. The replay here is written from the README, apart from the financing code.
 */
class FundedDrawsTest {

    /** Floating error in the charges, in money units; nothing else is allowed. */
    private static final double FLOATING = 1e-6;

    /** Cash after each period, replayed from the plan's own draws and gaps (README, "Financing"). */
    private static double[] cash(Project project, List<Money> spend, FinancePlan finance) {
        int periods = spend.size();
        var tranches = project.tranches();
        var draws = new HashMap<String, long[]>();
        tranches.forEach(t -> draws.put(t.id(), new long[periods]));
        finance.draws().forEach(d -> draws.get(d.tranche())[d.period()] += d.amount().thousandths());
        var gap = new long[periods];
        finance.gap().forEach(g -> gap[g.period()] += g.amount().thousandths());
        double perYear = project.periodUnit().periodsPerYear();
        var balance = new long[tranches.size()];
        long exact = 0;
        double charges = 0;
        var cash = new double[periods];
        for (int t = 0; t < periods; t++) {
            exact += gap[t] - spend.get(t).thousandths();
            for (int k = 0; k < tranches.size(); k++) {
                var tranche = tranches.get(k);
                long drawn = draws.get(tranche.id())[t];
                boolean paysInterest = tranche.kind() == TrancheKind.LOAN || tranche.kind() == TrancheKind.BOND
                        || tranche.kind() == TrancheKind.PREPAYMENT;
                if (paysInterest) {
                    charges += (Math.pow(1 + tranche.rate(), 1 / perYear) - 1) * balance[k];
                }
                if (t >= tranche.from() && t < tranche.to()) {
                    charges += tranche.commitmentFee() / perYear * (tranche.amount().thousandths() - balance[k]);
                }
                charges += tranche.upfrontFee() * drawn;
                exact += drawn;
                balance[k] += drawn;
            }
            cash[t] = (exact - charges) / Money.PER_UNIT;
        }
        return cash;
    }

    private static void assertFundedExactly(Project project, List<Money> spend, FinancePlan finance) {
        var reserve = project.finance().minReserve().toDouble();
        var cash = cash(project, spend, finance);
        for (int t = 0; t < cash.length; t++) {
            assertThat(cash[t]).as("cash after period %d", t).isGreaterThanOrEqualTo(reserve - FLOATING);
        }
        var drawnByParty = new HashMap<String, Money>();
        for (var use : finance.tranches()) {
            var tranche = project.tranches().stream().filter(t -> t.id().equals(use.id())).findFirst().orElseThrow();
            var drawn = finance.draws().stream().filter(d -> d.tranche().equals(use.id())).map(d -> d.amount())
                    .reduce(Money.ZERO, Money::plus);
            assertThat(use.drawn()).as("drawn from %s", use.id()).isEqualTo(drawn);
            assertThat(drawn).as("drawn from %s", use.id()).isLessThanOrEqualTo(tranche.amount());
            drawnByParty.merge(tranche.party(), drawn, Money::plus);
        }
        assertThat(finance.draws()).allSatisfy(draw -> assertThat(draw.amount()).isGreaterThan(Money.ZERO));
        assertThat(finance.parties()).allSatisfy(party ->
                assertThat(party.drawn()).isEqualTo(drawnByParty.get(party.party())));
        assertThat(finance.cost()).isEqualTo(finance.tranches().stream().map(u -> u.charges()).reduce(Money.ZERO, Money::plus));
        assertThat(finance.totalGap()).isEqualTo(finance.gap().stream().map(g -> g.amount()).reduce(Money.ZERO, Money::plus));
        assertThat(finance.funded()).isEqualTo(finance.gap().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bering-strait.json", "bering-strait-talks-collapse.json"})
    void theReportedDrawsFundTheSpendExactly(String dataset) {
        var project = Projects.dataset(dataset);
        var plan = Solve.checked(project, SolveOptions.stepLimit(50).withFinanceRounds(0));

        assertFundedExactly(project, plan.spend(), plan.finance());
        if (dataset.equals("bering-strait.json")) {
            assertThat(plan.finance().funded()).isTrue();
        } else {
            // Without Russia's money the corridor cannot be paid for: the gap is reported, and what is
            // drawn still pays for everything else to the thousandth.
            assertThat(plan.finance().funded()).isFalse();
            assertThat(plan.finance().totalGap()).isGreaterThan(Money.ZERO);
        }
    }

    @Test
    void chargesAreWorkedOutFromTheRoundedDraws() {
        // Monthly interest at 5 % a year on draws of odd thousandths; after the plan, until the horizon.
        var loan = new Tranche("loan", "LENDERS", TrancheKind.LOAN, Money.rounded(1_000), 0, 4, 0.05, 0.01, 0.002);
        var project = project(6, loan);
        var spend = List.of(Money.rounded(100.001), Money.rounded(33.333), Money.rounded(0.007), Money.rounded(250));

        var finance = Financier.finance(project, spend);

        assertFundedExactly(project, spend, finance);
        double rate = Math.pow(1.05, 1 / 12.0) - 1;
        double expected = 0;
        long balance = 0;
        var drawn = new long[6];
        finance.draws().forEach(d -> drawn[d.period()] += d.amount().thousandths());
        for (int t = 0; t < 6; t++) {
            // Fee on each draw, interest on the balance, the commitment fee on what is undrawn while open.
            double owed = t < 4 ? 0.01 * drawn[t] + rate * balance + 0.002 / 12 * (1_000_000 - balance) : rate * balance;
            expected += owed;
            balance += drawn[t];
        }
        assertThat(finance.tranches().get(0).charges()).isEqualTo(Money.rounded(expected / Money.PER_UNIT));
        assertThat(finance.cost()).isEqualTo(finance.tranches().get(0).charges());
    }

    @Test
    void aTrancheDrawnToItsCapStaysExactlyAtItsCap() {
        // The free grant of 150.5 is all drawn, in odd amounts as the spend and the dear loan's interest
        // come; the loan pays the rest.
        var grant = new Tranche("grant", "US", TrancheKind.GRANT, Money.rounded(150.5), 0, 4, 0, 0, 0);
        var loan = new Tranche("loan", "LENDERS", TrancheKind.LOAN, Money.rounded(1_000), 0, 4, 0.07, 0, 0);
        var project = project(4, grant, loan);
        var spend = new ArrayList<Money>();
        for (var amount : new double[] {60.001, 45.457, 70.333, 19.999}) {
            spend.add(Money.rounded(amount));
        }

        var finance = Financier.finance(project, spend);

        assertFundedExactly(project, spend, finance);
        assertThat(finance.tranches().get(0).drawn()).isEqualTo(Money.rounded(150.5));
        assertThat(finance.parties()).extracting(PartyUse::party).containsExactly("US", "LENDERS");
    }

    private static Project project(int horizon, Tranche... tranches) {
        return new Project(Project.SCHEMA_VERSION, "rounded draws", PeriodUnit.MONTH, null, horizon, "USD", "million",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(tranches),
                new Finance(0, Money.rounded(2.5), Map.of()));
    }
}
