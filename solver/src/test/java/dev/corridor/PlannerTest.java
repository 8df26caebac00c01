package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.io.DatasetFiles;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.PlanStats;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static Plan solveAndCheck(Project project, SolveOptions options) {
        var plan = Solve.checked(project, options);
        Checked.assertHolds(project, plan);
        return plan;
    }

    @Test
    void smallDemoGetsAFeasiblePlanThatPassesTheIndependentCheck() {
        var plan = solveAndCheck(Projects.dataset("demo-small.json"), SolveOptions.stepLimit(3_000));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.stages()).hasSize(12);
        assertThat(plan.constraints()).noneMatch(c -> c.level().equals("hard"));
    }

    @Test
    void beringStraitDatasetGetsAFeasiblePlanThatPassesTheIndependentCheck() {
        var project = Projects.dataset("bering-strait.json");
        var plan = solveAndCheck(project, SolveOptions.stepLimit(300));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.makespan()).isLessThanOrEqualTo(project.horizon());
        assertThat(plan.systems()).extracting(s -> s.system())
                .contains(CorridorSystem.FREIGHT, CorridorSystem.ENERGY, CorridorSystem.DATA);
        assertThat(plan.budget()).allMatch(window -> window.spent().compareTo(window.max()) <= 0);
        assertThat(plan.finance().funded()).isTrue();
        assertThat(plan.finance().cost()).isGreaterThan(Money.ZERO);
    }

    @Test
    void psplibJ301_1IsSolvedToItsProvenOptimumOf43() {
        var plan = solveAndCheck(Projects.psplib("j30", "j301_1"), SolveOptions.stepLimit(3_000));
        assertThat(plan.makespan()).isEqualTo(43);
    }

    @Test
    void searchImprovesOnTheStartingPriorityRule() {
        var project = Projects.psplib("j120", "j1201_1");
        var start = solveAndCheck(project, SolveOptions.stepLimit(0));
        var searched = solveAndCheck(project, SolveOptions.stepLimit(3_000));
        assertThat(searched.makespan()).isLessThan(start.makespan());
    }

    @Test
    void sameSeedAndStepLimitGiveTheSamePlan() {
        var project = Projects.dataset("demo-small.json");
        var options = SolveOptions.stepLimit(1_500).withSeed(7);
        var first = Solve.checked(project, options);
        var second = Solve.checked(project, options);
        assertThat(withoutStats(second)).isEqualTo(withoutStats(first));
    }

    /** Under stocks the search draws mode trades and refits too: they must follow the seed alone. */
    @Test
    void sameSeedAndStepLimitGiveTheSamePlanUnderStocks() throws Exception {
        var project = DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm"));
        var options = SolveOptions.stepLimit(1_500).withSeed(7);
        var first = Solve.checked(project, options);
        var second = Solve.checked(project, options);
        assertThat(withoutStats(second)).isEqualTo(withoutStats(first));
        assertThat(first.feasible()).isTrue();
        Checked.assertHolds(project, first);
    }

    @Test
    void aTimeLimitAloneEndsTheSearchWithACheckedPlan() {
        var plan = solveAndCheck(Projects.psplib("j60", "j601_1"), SolveOptions.timeLimit(Duration.ofMillis(500)));
        assertThat(plan.stats().timeLimitMillis()).isEqualTo(500);
        assertThat(plan.stats().stepLimit()).isNull();
    }

    private static String withoutStats(Plan plan) {
        return PlanJson.toJson(plan.toBuilder().stats(new PlanStats(0, null, null, 0, 0, 0, null, null)).build());
    }
}
