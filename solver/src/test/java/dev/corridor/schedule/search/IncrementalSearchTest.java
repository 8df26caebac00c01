package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import dev.corridor.SolveOptions;
import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.model.Project;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.decode.Decodes;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Solve;
import org.junit.jupiter.api.Test;

/**
 * A search large enough to decode its lists incrementally and to update only the placements a move
 * changed: Timefold's full assertion mode scores every step from scratch too and fails the solve
 * if the incremental score ever differs, and the plan it ends with is the full decode of its list;
 * a plan made through the library at that size holds for the independent checker.
 */
class IncrementalSearchTest {

    private static final Project LARGE = SyntheticCorridor.generate(Decodes.JUSTIFY_EVERY_MOVE_UP_TO + 200, 5);

    @Test
    void incrementalDecodesScoreAsAFromScratchScoreDoes() {
        var problem = ScheduleProblem.of(LARGE);
        assertThat(Decodes.justifiesEveryMove(problem)).isFalse();
        var config = new ScheduleSolver(problem).config(new SearchLimits(null, 60, 7L))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        var solver = SolverFactory.<CorridorSchedule>create(config).buildSolver();

        var best = solver.solve(InitialPlan.of(problem, problem.discountedSpend()));

        var order = best.getActivityList().getOrder().stream().mapToInt(job -> job.getIndex()).toArray();
        var modes = new ModeOption[problem.stageCount()];
        best.getJobs().forEach(job -> modes[job.getIndex()] = job.getMode());
        var full = new SerialScheduleGenerator(problem).decode(order, modes);
        for (var job : best.getJobs()) {
            assertThat(job.getPlacement()).as(job.getSpec().id()).isEqualTo(full.placement(job.getIndex()));
        }
    }

    @Test
    void aPlanSearchedIncrementallyHoldsForTheIndependentChecker() {
        var plan = Solve.checked(LARGE, SolveOptions.stepLimit(100).withFinanceRounds(0));

        assertThat(plan.stages()).hasSize(LARGE.stages().size());
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void aLargePlanEndsSoonerOnceTheStagesThatEndItAreBroughtForward() {
        // Uniform moves on 1,200 stages rarely touch the few that end the plan: before the pull,
        // 300 steps left this corridor at its first plan's 263 months.
        var first = Solve.checked(LARGE, SolveOptions.stepLimit(0).withFinanceRounds(0));
        var searched = Solve.checked(LARGE, SolveOptions.stepLimit(300).withFinanceRounds(0));

        assertThat(searched.makespan()).isLessThan(first.makespan());
    }
}
