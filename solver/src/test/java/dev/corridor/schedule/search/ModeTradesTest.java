package dev.corridor.schedule.search;

import static dev.corridor.schedule.Fixtures.modesOf;
import static dev.corridor.schedule.Fixtures.place;
import static dev.corridor.schedule.Fixtures.stockOverdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Resource;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.Stage;
import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.Fixtures;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModeTradesTest {

    /**
     * Two stages in a row that share ten permits: the fast mode of either takes all ten, the slow
     * mode none. With the first stage fast and the second slow, no single mode change is both
     * feasible and any use; the one trade that is swaps them.
     */
    @Test
    void stagesInARowTradeTheStockBetweenThemWhicheverIsDrawnFirst() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("permits", "Permits", 10, List.of(), ResourceKind.NONRENEWABLE))
                .stage(twoSpeeds("a"))
                .stage(twoSpeeds("b", Predecessor.finishToStart("a")))
                .build());
        var a = placed(problem, 0, "fast", 0);
        var b = placed(problem, 1, "slow", 2);
        var plan = new CorridorSchedule(problem, List.of(a, b), new ActivityList(List.of(a, b)), problem.discountedSpend());

        for (int seed = 0; seed < 20; seed++) {
            var trade = ModeTrades.trade(plan, plan.getJobs(), new Random(seed));

            assertThat(trade.switches()).extracting(change -> change.job().getSpec().id() + ":" + change.mode().id())
                    .containsExactlyInAnyOrder("a:slow", "b:fast");
        }
    }

    @Test
    void tradesFromAFeasiblePlanKeepWithinTheStocks() throws Exception {
        var problem = ScheduleProblem.of(DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm")));
        // A searched plan, whose modes use the stocks up: from the lean start most changes would fit.
        var searched = new ScheduleSolver(problem).solve(SearchLimits.steps(2_000), problem.discountedSpend(), null);
        // Every plan a test makes goes through the independent checker.
        Checked.assertHolds(problem.project(), searched.plan());
        var plan = InitialPlan.from(problem, problem.discountedSpend(), searched.order());
        place(problem, plan);
        var choosable = plan.getJobs().stream().filter(job -> job.getSpec().modes().size() > 1).toList();
        assertThat(stockOverdrawn(problem, modesOf(plan))).isZero();

        var random = new Random(42);
        int settledByOthers = 0;
        for (int i = 0; i < 500; i++) {
            var trade = ModeTrades.trade(plan, choosable, random);
            var first = trade.switches().get(0);
            assertThat(first.mode()).isNotSameAs(first.job().getMode());
            var modes = modesOf(plan);
            trade.switches().forEach(change -> modes[change.job().getIndex()] = change.mode());

            assertThat(stockOverdrawn(problem, modes)).as("trade %s", trade).isZero();
            if (trade.switches().size() > 1) {
                settledByOthers++;
            }
        }
        // Most single changes towards a faster mode overdraw the stocks here: trades must be common.
        assertThat(settledByOthers).isGreaterThan(100);
    }

    /** Before mode trades, the same search ended at 29 and 34. */
    @Test
    void stockBoundInstancesReachTheirBestKnownWithinTwoThousandSteps() throws Exception {
        for (var instance : Map.of("j3010_1", 26, "j309_1", 31).entrySet()) {
            var project = DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", instance.getKey() + ".mm"));

            var plan = Solve.checked(project, SolveOptions.stepLimit(2_000));

            assertThat(plan.feasible()).isTrue();
            Checked.assertHolds(project, plan);
            assertThat(plan.makespan()).as(instance.getKey()).isEqualTo(instance.getValue());
        }
    }

    private static Stage twoSpeeds(String id, Predecessor... after) {
        return new Stage(id, id, CorridorSystem.FREIGHT, null, null, null,
                List.of(new Mode("fast", 2, Money.ZERO, Map.of("permits", 10)), new Mode("slow", 5, Money.ZERO, Map.of())), List.of(after));
    }

    private static StageJob placed(ScheduleProblem problem, int stage, String modeId, int start) {
        var spec = problem.stage(stage);
        var mode = spec.modes().stream().filter(m -> m.id().equals(modeId)).findFirst().orElseThrow();
        return new StageJob(spec, mode, start);
    }
}
