package dev.corridor.schedule.search;

import static dev.corridor.schedule.Fixtures.modesOf;
import static dev.corridor.schedule.Fixtures.place;
import static dev.corridor.schedule.Fixtures.stockOverdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.io.DatasetFiles;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.Fixtures;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FittedModesTest {

    /** The search's start plan, placed by the decoder. */
    private static CorridorSchedule startPlan(ScheduleProblem problem) {
        var plan = InitialPlan.of(problem, problem.discountedSpend());
        place(problem, plan);
        return plan;
    }

    @Test
    void refitsKeepWithinTheStocksAndMostShortenTheStartPlan() throws Exception {
        var problem = ScheduleProblem.of(DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm")));
        var plan = startPlan(problem);
        assertThat(stockOverdrawn(problem, modesOf(plan))).isZero();
        int before = makespan(problem, orderOf(plan), modesOf(plan));
        var generator = new SerialScheduleGenerator(problem);
        var random = new Random(42);

        int shorter = 0;
        for (int i = 0; i < 100; i++) {
            var refit = FittedModes.fit(plan, generator, random);
            var order = refit.order().order().stream().mapToInt(StageJob::getIndex).toArray();
            var modes = modesOf(plan);
            refit.modes().switches().forEach(change -> modes[change.job().getIndex()] = change.mode());

            assertThat(stockOverdrawn(problem, modes)).isZero();
            if (makespan(problem, order, modes) < before) {
                shorter++;
            }
        }
        // The start plays safe with the stocks: refitting spends what is left where a stage finishes sooner.
        assertThat(shorter).isGreaterThan(50);
    }

    private static int makespan(ScheduleProblem problem, int[] order, ModeOption[] modes) {
        return new JustifiedDecoder(problem).decode(order, modes).makespan();
    }

    private static int[] orderOf(CorridorSchedule plan) {
        return plan.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
    }
}
