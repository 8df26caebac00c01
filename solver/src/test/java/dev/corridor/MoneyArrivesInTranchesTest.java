package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import dev.corridor.model.plan.Hold;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyArrivesInTranchesTest {

    /** Two independent drives of 40 each; a grant of 45 now and a loan of 60 from period 10. */
    private static Project twoDrivesAndALateLoan(double grant) {
        return new Projects.Builder()
                .stage("north", 4, 40, Map.of())
                .stage("south", 4, 40, Map.of())
                .build()
                .withFunding(List.of(
                        new Tranche("grant", "US", TrancheKind.GRANT, Money.rounded(grant), 0, 100, 0, 0, 0),
                        new Tranche("loan", "LENDERS", TrancheKind.LOAN, Money.rounded(60), 10, 100, 0.05, 0, 0)),
                        new Finance(0.04, Money.rounded(1), Map.of()));
    }

    @Test
    void theSecondDriveWaitsForTheLoanThatPaysForIt() {
        var project = twoDrivesAndALateLoan(45);

        // Even without the rounds that price cash: the schedule knows when the money arrives.
        var plan = Solve.checked(project, SolveOptions.stepLimit(200).withFinanceRounds(0));

        Checked.assertHolds(project, plan);
        assertThat(plan.finance().funded()).isTrue();
        assertThat(plan.makespan()).isEqualTo(14);
        // The explanation names the money, not a budget cap the dataset does not have.
        assertThat(plan.explanation().criticalChain()).last().satisfies(link -> {
            assertThat(link.heldBy()).isEqualTo(Hold.MONEY);
            assertThat(link.detail()).contains("than the tranches open by then can pay in").doesNotContain("budget cap");
        });
        assertThat(plan.budget()).isEmpty();
    }

    @Test
    void withTooLittleMoneyInAllTheDrivesRunTogetherAndThePlanSaysWhatIsShort() {
        // 15 + 60 cannot pay for 80 at all, so nothing is held back for the loan.
        var project = twoDrivesAndALateLoan(15);

        var plan = Solve.checked(project, SolveOptions.stepLimit(200).withFinanceRounds(0));

        Checked.assertTruthful(project, plan);
        assertThat(plan.finance().funded()).isFalse();
        assertThat(plan.makespan()).isEqualTo(4);
    }
}
