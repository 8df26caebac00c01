package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Stage;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RearrangeTest {

    private final List<String> told = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private final ScoreDirector<CorridorSchedule> recording = (ScoreDirector<CorridorSchedule>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                if (method.getName().endsWith("ListVariableChanged")) {
                    told.add(method.getName().replace("ListVariableChanged", "") + " " + args[2] + ".." + args[3]);
                }
                return null;
            });

    private static List<StageJob> jobs(int count) {
        var builder = new Projects.Builder();
        for (int i = 0; i < count; i++) {
            builder.stage(new Stage("s" + i, "s" + i, CorridorSystem.FREIGHT, null, null, null,
                    List.of(new Mode("standard", 1, Money.ZERO, Map.of())), List.of()));
        }
        var problem = ScheduleProblem.of(builder.build());
        var jobs = new ArrayList<StageJob>();
        for (int i = 0; i < count; i++) {
            jobs.add(new StageJob(problem.stage(i), problem.stage(i).modes().get(0), i));
        }
        return jobs;
    }

    @Test
    void timefoldIsToldOnlyOfTheStretchOfTheListThatChanged() {
        var jobs = jobs(8);
        var list = new ActivityList(new ArrayList<>(jobs));
        // s5 pulled forward to position 2: positions 2 to 5 change, the rest stand.
        var order = new ArrayList<>(jobs);
        order.add(2, order.remove(5));

        new TimefoldMoves.Rearrange(list, order, List.of()).doMoveOnGenuineVariables(recording);

        assertThat(told).containsExactly("before 2..6", "after 2..6");
        assertThat(list.getOrder()).containsExactlyElementsOf(order);
    }

    @Test
    void aListChangedFromEndToEndIsToldWhole() {
        var jobs = jobs(5);
        var list = new ActivityList(new ArrayList<>(jobs));
        var order = new ArrayList<>(jobs);
        Collections.reverse(order);

        new TimefoldMoves.Rearrange(list, order, List.of()).doMoveOnGenuineVariables(recording);

        assertThat(told).containsExactly("before 0..5", "after 0..5");
        assertThat(list.getOrder()).containsExactlyElementsOf(order);
    }
}
