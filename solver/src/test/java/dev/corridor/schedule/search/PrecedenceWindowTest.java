package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.Predecessor;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecedenceWindowTest {

    /** a before b before c, and d free of links. */
    private final ScheduleProblem chain = ScheduleProblem.of(new Projects.Builder()
            .stage("a", 2, 0, Map.of())
            .stage("b", 2, 0, Map.of(), Predecessor.finishToStart("a"))
            .stage("c", 2, 0, Map.of(), Predecessor.finishToStart("b"))
            .stage("d", 2, 0, Map.of())
            .build());

    @Test
    void aStageMovesOnlyBetweenItsLastPredecessorAndItsFirstSuccessor() {
        var order = listed(chain, 0, 3, 1, 2); // a d b c
        var window = new PrecedenceWindow(chain);
        int b = 1;

        // Without b the list is a d c: b may go after a and before c, nowhere else.
        assertThat(window.allowsMove(order, b, 0)).isFalse();
        assertThat(window.allowsMove(order, b, 1)).isTrue();
        assertThat(window.allowsMove(order, b, 2)).isTrue();
        assertThat(window.allowsMove(order, b, 3)).isFalse();
        // d has no links: anywhere goes.
        for (int to = 0; to < 4; to++) {
            assertThat(window.allowsMove(order, 3, to)).isTrue();
        }
    }

    @Test
    void aSwapNeedsBothStagesInsideTheirWindows() {
        var order = listed(chain, 0, 3, 1, 2); // a d b c
        var window = new PrecedenceWindow(chain);

        assertThat(window.allowsSwap(order, 0, 3)).as("a and d: d a b c").isTrue();
        assertThat(window.allowsSwap(order, 3, 1)).as("d and b: a b d c").isTrue();
        assertThat(window.allowsSwap(order, 0, 1)).as("a and b: b d a c").isFalse();
        assertThat(window.allowsSwap(order, 1, 2)).as("b and c: a d c b").isFalse();
        assertThat(window.allowsSwap(order, 3, 2)).as("d and c: a c b d").isFalse();
    }

    @Test
    void theWindowFollowsTheListAsItChanges() {
        var window = new PrecedenceWindow(chain);
        assertThat(window.allowsMove(listed(chain, 0, 1, 3, 2), 3, 3)).isTrue();

        // The same window object, after d has moved ahead of b: b can no longer go last.
        var changed = listed(chain, 0, 3, 1, 2);
        assertThat(window.allowsMove(changed, 1, 3)).isFalse();
    }

    @Test
    void theStartingListHasEveryStageAfterItsPredecessorsEvenWhenPrioritiesTie() {
        // Zero durations tie the remaining work of b and a; b comes first by index.
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage("b", 0, 0, Map.of(), Predecessor.finishToStart("a"))
                .stage("a", 0, 0, Map.of())
                .stage("c", 3, 0, Map.of(), Predecessor.finishToStart("b"))
                .build());

        var start = InitialPlan.of(problem, problem.discountedSpend());

        assertInPrecedenceOrder(problem, start.getActivityList().getOrder().stream().map(StageJob::getIndex).toList());
    }

    @Test
    void theSearchKeepsTheActivityListInPrecedenceOrder() {
        var problem = ScheduleProblem.of(Projects.psplib("j30", "j301_1"));

        var searched = new ScheduleSolver(problem).solve(SearchLimits.steps(2_000), problem.discountedSpend(), null);

        var ids = searched.order().stages();
        var indexes = ids.stream().map(id -> problem.stages().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow().index()).toList();
        assertThat(indexes).hasSize(problem.stageCount());
        assertInPrecedenceOrder(problem, indexes);
    }

    private static void assertInPrecedenceOrder(ScheduleProblem problem, List<Integer> order) {
        var position = new int[problem.stageCount()];
        for (int p = 0; p < order.size(); p++) {
            position[order.get(p)] = p;
        }
        for (var link : problem.links()) {
            assertThat(position[link.predecessor()]).as("%s before %s", link.predecessor(), link.successor())
                    .isLessThan(position[link.successor()]);
        }
    }

    private static List<StageJob> listed(ScheduleProblem problem, int... stages) {
        var jobs = new ArrayList<StageJob>();
        for (int stage : stages) {
            var job = new StageJob(problem.stage(stage));
            jobs.add(job);
        }
        return jobs;
    }
}
