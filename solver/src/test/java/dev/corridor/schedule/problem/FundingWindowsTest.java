package dev.corridor.schedule.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import dev.corridor.support.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingWindowsTest {

    /** Three stages of 40, 30 and 30: the work costs 100 in all. */
    private static Project work() {
        return new Projects.Builder()
                .stage("dig", 4, 40, Map.of())
                .stage("line", 4, 30, Map.of())
                .stage("fit", 4, 30, Map.of())
                .build();
    }

    private static Tranche tranche(String id, TrancheKind kind, double amount, int from, int to, double fee) {
        return new Tranche(id, "US", kind, Money.rounded(amount), from, to, 0.05, fee, 0);
    }

    private static List<BudgetWindow> funding(Project project) {
        return ScheduleProblem.of(project).budgetWindows().stream().filter(BudgetWindow::funding).toList();
    }

    @Test
    void upToEachLaterOpeningTheSpendIsCappedByWhatTheOpenTranchesHoldLessFeesAndReserve() {
        var project = work().withFunding(List.of(
                tranche("grant", TrancheKind.GRANT, 30, 0, 100, 0),
                tranche("loan", TrancheKind.LOAN, 50, 10, 100, 0.02),
                tranche("bond", TrancheKind.BOND, 60, 20, 100, 0)), new Finance(0.04, Money.rounded(2), Map.of()));

        var windows = funding(project);

        // Before the loan opens: the grant, less the reserve. Before the bond: the loan too, less its fee.
        assertThat(windows).containsExactly(
                new BudgetWindow(0, 0, 10, Money.rounded(28).thousandths(), true),
                new BudgetWindow(1, 0, 20, Money.rounded(28 + 49).thousandths(), true));
    }

    @Test
    void aWindowThatHoldsAllTheWorkCouldCostIsLeftOut() {
        var project = work().withFunding(List.of(
                tranche("grant", TrancheKind.GRANT, 120, 0, 100, 0),
                tranche("loan", TrancheKind.LOAN, 50, 10, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).isEmpty();
    }

    @Test
    void noWindowsWhenAllTheTranchesTogetherCannotPayForTheWork() {
        // Short whatever the plan does: holding spend back would only move it nearer the end of the money.
        var project = work().withFunding(List.of(
                tranche("grant", TrancheKind.GRANT, 30, 0, 100, 0),
                tranche("loan", TrancheKind.LOAN, 69, 10, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).isEmpty();
    }

    @Test
    void aTrancheThatClosesBeforeAnotherOpensStillCountsForItButOneOpeningLaterDoesNot() {
        var project = work().withFunding(List.of(
                tranche("early", TrancheKind.GRANT, 30, 0, 5, 0),
                tranche("middle", TrancheKind.GRANT, 20, 10, 15, 0),
                tranche("late", TrancheKind.LOAN, 60, 30, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).containsExactly(
                new BudgetWindow(0, 0, 10, Money.rounded(30).thousandths(), true),
                new BudgetWindow(1, 0, 30, Money.rounded(50).thousandths(), true));
    }

    @Test
    void aReplanCountsFromTheDataDateAndLeavesOutMoneyThatClosedBeforeIt() {
        var project = work().withTimes(100, 12).withFunding(List.of(
                tranche("spent", TrancheKind.GRANT, 500, 0, 12, 0),
                tranche("grant", TrancheKind.GRANT, 40, 6, 100, 0),
                tranche("loan", TrancheKind.LOAN, 70, 20, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).containsExactly(new BudgetWindow(0, 12, 20, Money.rounded(40).thousandths(), true));
    }

    @Test
    void aWindowTheBudgetCapsAlreadyKeepIsLeftOut() {
        // Two years capped at 10 each let at most 20 be spent before period 20, whatever the plan.
        var capped = new Projects.Builder().cap(0, 12, 10).cap(12, 24, 10).cap(24, 100, 100)
                .stage("dig", 4, 40, Map.of()).stage("line", 4, 30, Map.of()).stage("fit", 4, 30, Map.of()).build();
        var loanAt20 = tranche("loan", TrancheKind.LOAN, 100, 20, 100, 0);
        var noReserve = new Finance(0.04, Money.ZERO, Map.of());

        var kept = capped.withFunding(List.of(tranche("grant", TrancheKind.GRANT, 15, 0, 100, 0), loanAt20), noReserve);
        var implied = capped.withFunding(List.of(tranche("grant", TrancheKind.GRANT, 25, 0, 100, 0), loanAt20), noReserve);

        assertThat(funding(kept)).containsExactly(new BudgetWindow(3, 0, 20, Money.rounded(15).thousandths(), true));
        assertThat(funding(implied)).isEmpty();
    }

    @Test
    void aFeeOnAnAmountBeyondWhatADoubleHoldsExactlyIsTakenExactly() {
        // 2^53 + 1 thousandths at a fee of a half: 4,503,599,627,370,496.5, rounded up.
        long amount = (1L << 53) + 1;
        var project = new Projects.Builder().stage("dig", 4, 5e12, Map.of()).build().withFunding(List.of(
                new Tranche("grant", "US", TrancheKind.GRANT, Money.ofThousandths(amount), 0, 100, 0, 0.5, 0),
                tranche("loan", TrancheKind.LOAN, 1e13, 10, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).containsExactly(new BudgetWindow(0, 0, 10, 4_503_599_627_370_497L, true));
    }

    @Test
    void aWindowNoPlanCanKeepAndStillFinishByTheHorizonIsLeftOut() {
        // Ten periods of work costing 100 must start by period 15 to end by 25, so 50 of it falls
        // before the big grant opens at 20; the 20 in hand before then cannot hold it back.
        var project = new Projects.Builder().horizon(25).stage("bore", 10, 100, Map.of()).build().withFunding(List.of(
                tranche("small", TrancheKind.GRANT, 20, 0, 25, 0),
                tranche("big", TrancheKind.GRANT, 200, 20, 25, 0)), new Finance(0.04, Money.ZERO, Map.of()));
        var earlier = new Projects.Builder().horizon(25).stage("bore", 10, 100, Map.of()).build().withFunding(List.of(
                tranche("small", TrancheKind.GRANT, 60, 0, 25, 0),
                tranche("big", TrancheKind.GRANT, 200, 20, 25, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(funding(project)).isEmpty();
        assertThat(funding(earlier)).containsExactly(new BudgetWindow(0, 0, 20, Money.rounded(60).thousandths(), true));
    }

    @Test
    void theLatestStartsFollowTheLinksBackFromTheHorizonAndTheDeadlines() {
        var problem = ScheduleProblem.of(new Projects.Builder().horizon(30)
                .stage("camp", 4, 0, Map.of())
                .stage("road", 6, 0, Map.of(), dev.corridor.model.Predecessor.finishToStart("camp"))
                .stage(new dev.corridor.model.Stage("depot", "depot", dev.corridor.model.CorridorSystem.FREIGHT, null, null,
                        12, List.of(new dev.corridor.model.Mode("standard", 3, Money.ZERO, Map.of())), List.of()))
                .build());

        assertThat(FundingWindows.latestStarts(30, problem.stages(), problem.graph())).containsExactly(20, 24, 9);
    }

    @Test
    void theCapsAllowTheLeastSumOfCapsThatCoversEveryPeriod() {
        var caps = List.of(new BudgetWindow(0, 0, 12, 10), new BudgetWindow(1, 12, 24, 10),
                new BudgetWindow(2, 0, 24, 15));

        assertThat(FundingWindows.capsAllow(caps, 0, 20)).isEqualTo(15);
        assertThat(FundingWindows.capsAllow(caps, 0, 10)).isEqualTo(10);
        assertThat(FundingWindows.capsAllow(caps, 0, 30)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theDatasetsBudgetCapsComeFirstAndKeepTheirIndices() {
        var project = new Projects.Builder().cap(0, 12, 50).stage("dig", 4, 100, Map.of()).build().withFunding(List.of(
                tranche("grant", TrancheKind.GRANT, 30, 0, 100, 0),
                tranche("loan", TrancheKind.LOAN, 80, 10, 100, 0)), new Finance(0.04, Money.ZERO, Map.of()));

        assertThat(ScheduleProblem.of(project).budgetWindows()).containsExactly(
                new BudgetWindow(0, 0, 12, Money.rounded(50).thousandths()),
                new BudgetWindow(1, 0, 10, Money.rounded(30).thousandths(), true));
    }
}
