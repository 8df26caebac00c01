package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.finance.Valuer;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.SystemCompletion;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JointPlannerTest {

    @Test
    void jointPlanIsWorthAtLeastTheScheduleThenFinancePlanAndBothAreReported() {
        var project = Projects.dataset("bering-strait.json");
        var plan = Solve.checked(project, SolveOptions.stepLimit(300));

        Checked.assertHolds(project, plan);
        var comparison = plan.comparison();
        assertThat(comparison.rounds()).isPositive();
        assertThat(comparison.joint().value().netPresentValue())
                .isGreaterThanOrEqualTo(comparison.scheduleThenFinance().value().netPresentValue());
        assertThat(plan.value().netPresentValue()).isEqualTo(comparison.joint().value().netPresentValue());
        var value = plan.value();
        // Money adds up exactly: the net is the opening value less spend less financing, to the thousandth.
        assertThat(value.netPresentValue()).isEqualTo(value.openingValue().minus(value.spend()).minus(value.financing()));
    }

    @Test
    void scheduleThenFinanceAloneWhenNoRoundsAreAskedFor() {
        var project = Projects.dataset("demo-small.json");
        var plan = Solve.checked(project, SolveOptions.stepLimit(200).withFinanceRounds(0));
        assertThat(plan.comparison().rounds()).isZero();
        assertThat(plan.comparison().joint()).isEqualTo(plan.comparison().scheduleThenFinance());
    }

    @Test
    void sameSeedAndStepLimitGiveTheSameFinancedPlan() {
        var project = Projects.dataset("demo-small.json");
        var options = SolveOptions.stepLimit(300).withSeed(3);
        assertThat(withoutStats(Solve.checked(project, options))).isEqualTo(withoutStats(Solve.checked(project, options)));
    }

    @Test
    void openingValueIsAPerpetuityFromTheOpeningPeriod() {
        // One period a year at 10 %: a system earning 11 a year from period 2 on is worth
        // 11 · 1.1^-2 / (1 - 1/1.1) = 11 · 1.1^-2 · 11 = 100 today.
        var project = new Project(Project.SCHEMA_VERSION, "value", PeriodUnit.PERIOD, null, 5, "USD", "million",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new Finance(0.10, Money.ZERO, Map.of(), Map.of(CorridorSystem.FREIGHT, Money.rounded(11))));
        var plan = new Plan("value", true, "0hard/0medium/0soft", 2, null, PeriodUnit.PERIOD, null, "USD", "million",
                Money.rounded(5), List.of(new StagePlan("a", "a", CorridorSystem.FREIGHT, "m", 0, 2, null, null, Money.rounded(5))),
                List.of(new SystemCompletion(CorridorSystem.FREIGHT, 2, null, 1)), List.of(), List.of(),
                List.of(Money.rounded(2.5), Money.rounded(2.5)),
                List.of(), null, null, null, List.of(), new PlanStats(0, null, null, 0, 0, 0, null, null),
                List.of(), null, null);

        var value = Valuer.value(project, plan, null);

        assertThat(value.openingValue()).isEqualTo(Money.rounded(100));
        // 2.5 + 2.5 / 1.1 = 4.7727..., to the thousandth.
        assertThat(value.spend()).isEqualTo(Money.rounded(4.773));
    }

    private static String withoutStats(Plan plan) {
        return PlanJson.toJson(plan.toBuilder().stats(new PlanStats(0, null, null, 0, 0, 0, null, null)).build());
    }
}
