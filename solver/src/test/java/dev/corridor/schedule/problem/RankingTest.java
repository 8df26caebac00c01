package dev.corridor.schedule.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.support.Projects;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final ScheduleProblem problem = ScheduleProblem.of(Projects.dataset("demo-small.json"));
    private final Ranking ranking = new Ranking(problem);
    private final ModeOption[] modes = problem.stages().stream().map(s -> s.modes().get(0)).toArray(ModeOption[]::new);

    private int[] allFinishingAt(int period) {
        var finish = new int[problem.stageCount()];
        Arrays.fill(finish, period);
        return finish;
    }

    @Test
    void aScheduleIsLateByEveryStagesPeriodsPastTheHorizonAndPastItsDeadline() {
        int horizon = problem.horizon();
        var onTime = ranking.of(allFinishingAt(1), 1, 0, modes);
        var late = ranking.of(allFinishingAt(horizon + 2), horizon + 2, 0, modes);
        long pastDeadlines = problem.stages().stream().filter(StageSpec::hasDeadline)
                .mapToLong(s -> Math.max(0, horizon + 2 - s.deadline())).sum();
        assertThat(onTime.late()).isZero();
        assertThat(late.late()).isEqualTo(2L * problem.stageCount() + pastDeadlines);
        assertThat(onTime.isBetterThan(late)).isTrue();
    }

    @Test
    void aForcedPlacementOutweighsAnyMakespan() {
        var forcedButShort = ranking.of(allFinishingAt(10), 10, 1, modes);
        var freeButLong = ranking.of(allFinishingAt(40), 40, 0, modes);
        assertThat(freeButLong.isBetterThan(forcedButShort)).isTrue();
    }

    @Test
    void stagesNotPlacedAreNotCountedLate() {
        var finish = allFinishingAt(problem.horizon() + 5);
        Arrays.fill(finish, -1);
        assertThat(ranking.of(finish, 0, 0, modes).late()).isZero();
    }
}
