package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Stage;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EndStagesTest {

    private static Stage stage(String id, List<Mode> modes, Predecessor... after) {
        return new Stage(id, id, CorridorSystem.FREIGHT, null, null, null, modes, List.of(after));
    }

    private static Mode mode(String id, int duration) {
        return new Mode(id, duration, Money.ZERO, Map.of());
    }

    private static StageJob placed(ScheduleProblem problem, int stage, String modeId, int start) {
        var spec = problem.stage(stage);
        return new StageJob(spec, spec.modes().stream().filter(m -> m.id().equals(modeId)).findFirst().orElseThrow(), start);
    }

    private static List<String> ids(List<StageJob> order) {
        return order.stream().map(job -> job.getSpec().id()).toList();
    }

    @Test
    void theStageThatEndsThePlanMovesEarlierInTheListOrSwitchesToAFasterMode() {
        // The bore, slow and last in the list, ends the plan; the rest keep their order.
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage(stage("camp", List.of(mode("standard", 2))))
                .stage(stage("road", List.of(mode("standard", 3)), Predecessor.finishToStart("camp")))
                .stage(stage("depot", List.of(mode("standard", 1))))
                .stage(stage("bore", List.of(mode("slow", 10), mode("fast", 4))))
                .build());
        var camp = placed(problem, 0, "standard", 0);
        var road = placed(problem, 1, "standard", 2);
        var depot = placed(problem, 2, "standard", 5);
        var bore = placed(problem, 3, "slow", 6);
        var plan = new CorridorSchedule(problem, List.of(camp, road, depot, bore),
                new ActivityList(List.of(camp, road, depot, bore)), problem.discountedSpend());

        var seen = new HashSet<String>();
        for (int seed = 0; seed < 40; seed++) {
            var pull = EndStages.next(plan, new Random(seed));

            if (pull.order() != null) {
                assertThat(pull.switches()).isEmpty();
                assertThat(ids(pull.order()).indexOf("bore")).isLessThan(3);
                assertThat(ids(pull.order()).stream().filter(id -> !id.equals("bore")).toList())
                        .containsExactly("camp", "road", "depot");
                seen.add("moved to " + ids(pull.order()).indexOf("bore"));
            } else {
                assertThat(pull.switches()).extracting(change -> change.job().getSpec().id() + ":" + change.mode().id())
                        .containsExactly("bore:fast");
                seen.add("fast");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("moved to 0", "moved to 1", "moved to 2", "fast");
    }

    @Test
    void aStageAtTheHeadOfItsWindowInItsFastestModeHandsThePullToWhatItWaitsFor() {
        // The road ends the plan right behind the camp it needs; the camp can still come first.
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage(stage("depot", List.of(mode("standard", 1))))
                .stage(stage("camp", List.of(mode("standard", 2))))
                .stage(stage("road", List.of(mode("standard", 6)), Predecessor.finishToStart("camp")))
                .build());
        var depot = placed(problem, 0, "standard", 0);
        var camp = placed(problem, 1, "standard", 1);
        var road = placed(problem, 2, "standard", 3);
        var plan = new CorridorSchedule(problem, List.of(depot, camp, road), new ActivityList(List.of(depot, camp, road)),
                problem.discountedSpend());

        var pull = EndStages.next(plan, new Random(1));

        assertThat(ids(pull.order())).containsExactly("camp", "depot", "road");
    }

    @Test
    void nothingIsPulledWhereNothingCanComeForward() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage(stage("camp", List.of(mode("standard", 2))))
                .stage(stage("road", List.of(mode("standard", 6)), Predecessor.finishToStart("camp")))
                .build());
        var camp = placed(problem, 0, "standard", 0);
        var road = placed(problem, 1, "standard", 2);
        var plan = new CorridorSchedule(problem, List.of(camp, road), new ActivityList(List.of(camp, road)),
                problem.discountedSpend());

        assertThat(EndStages.next(plan, new Random(3))).isNull();
    }
}
