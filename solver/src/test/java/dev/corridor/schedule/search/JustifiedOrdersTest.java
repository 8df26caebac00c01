package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JustifiedOrdersTest {

    @Test
    void theTakenOrderDecodesWithoutJustificationToTheJustifiedPlan() {
        var problem = ScheduleProblem.of(Projects.psplib("j120", "j1201_1"));
        var plan = InitialPlan.of(problem, problem.discountedSpend());
        // A random list in precedence order: the priority rule's own list leaves justification little to do.
        var shuffled = new ArrayList<>(plan.getActivityList().getOrder());
        Collections.shuffle(shuffled, new Random(7));
        plan.getActivityList().setOrder(new ArrayList<>(InitialPlan.inPrecedenceOrder(problem, shuffled)));
        var forward = new SerialScheduleGenerator(problem);
        int unjustified = forward.decode(indexes(plan), modes(plan)).makespan();
        int justified = new JustifiedDecoder(problem).decode(indexes(plan), modes(plan)).makespan();
        assertThat(justified).as("justification shortens this list's plan").isLessThan(unjustified);

        var move = JustifiedOrders.of(plan);
        plan.getActivityList().setOrder(new ArrayList<>(move.order()));

        assertThat(forward.decode(indexes(plan), modes(plan)).makespan()).isLessThanOrEqualTo(justified);
    }

    @Test
    void theMoveIsNotDoableOnceJustificationKeepsTheListAsItIs() {
        var problem = ScheduleProblem.of(Projects.psplib("j30", "j301_1"));
        var plan = InitialPlan.of(problem, problem.discountedSpend());

        // Taken up until nothing changes: by then the move, as Timefold runs it, must say so.
        TakeJustifiedOrder move = JustifiedOrders.of(plan);
        for (int round = 0; round < 50 && !move.order().equals(plan.getActivityList().getOrder()); round++) {
            plan.getActivityList().setOrder(new ArrayList<>(move.order()));
            move = JustifiedOrders.of(plan);
        }

        assertThat(TimefoldMoves.Rearrange.of(move).isMoveDoable(null)).isFalse();
    }

    private static int[] indexes(CorridorSchedule plan) {
        return plan.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
    }

    private static ModeOption[] modes(CorridorSchedule plan) {
        var modes = new ModeOption[plan.getJobs().size()];
        plan.getJobs().forEach(job -> modes[job.getIndex()] = job.getMode());
        return modes;
    }
}
