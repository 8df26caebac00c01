package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JustifiedDecoderTest {

    @Test
    void justificationNeverLengthensAScheduleAndOftenShortensIt() {
        var problem = ScheduleProblem.of(Projects.psplib("j30", "j301_1"));
        var modes = problem.stages().stream().map(s -> s.modes().get(0)).toArray(ModeOption[]::new);
        var plain = new SerialScheduleGenerator(problem);
        var justified = new JustifiedDecoder(problem);
        var random = new Random(1);
        int shortened = 0;
        for (int trial = 0; trial < 50; trial++) {
            var order = shuffled(problem.stageCount(), random);
            int forward = plain.decode(order, modes).makespan();
            int improved = justified.decode(order, modes).makespan();
            assertThat(improved).isLessThanOrEqualTo(forward);
            if (improved < forward) {
                shortened++;
            }
        }
        assertThat(shortened).isPositive();
    }

    @Test
    void justifiedScheduleStillHonoursCalendarsCapsAndRamps() {
        var problem = ScheduleProblem.of(Projects.dataset("bering-strait.json"));
        var modes = problem.stages().stream().map(s -> s.modes().get(0)).toArray(ModeOption[]::new);
        var order = shuffled(problem.stageCount(), new Random(3));
        var timetable = new JustifiedDecoder(problem).decode(order, modes);
        assertThat(timetable.forced()).isZero();
        for (var stage : problem.stages()) {
            int start = timetable.start()[stage.index()];
            assertThat(stage.calendar().isOpen(start)).as("%s starts in its season", stage.id()).isTrue();
            assertThat(timetable.finish()[stage.index()])
                    .isEqualTo(stage.calendar().finish(start, modes[stage.index()].duration()));
        }
    }

    private static int[] shuffled(int n, Random random) {
        var order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
