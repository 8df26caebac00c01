package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.support.Checked;
import dev.corridor.support.RandomProjects;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over random small datasets that use every feature of the format (see
 * {@link RandomProjects}), one dataset per seed: whatever the dataset, the plan is confirmed by the
 * independent checker, the same seed and step limit give the same plan, and a dataset survives the
 * round trip through its JSON.
 */
class GeneratedDatasetsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "dataset {0}")
    @MethodSource("seeds")
    void everyPlanIsConfirmedByTheIndependentChecker(long seed) {
        var project = RandomProjects.generate(seed);
        var plan = Planner.solve(project, SolveOptions.stepLimit(20).withFinanceRounds(1));
        Checked.assertTruthful(project, plan);
    }

    @ParameterizedTest(name = "dataset {0}")
    @MethodSource("seeds")
    void aDatasetIsTheSameAfterItsRoundTripThroughJson(long seed) throws Exception {
        var project = RandomProjects.generate(seed);
        var json = JsonFiles.toJson(project);
        var read = ProjectJson.parse("random.json", json);
        assertThat(read).isEqualTo(project);
        assertThat(JsonFiles.toJson(read)).isEqualTo(json);
    }

    static LongStream someSeeds() {
        return LongStream.rangeClosed(1, 10).map(n -> n * 4);
    }

    @ParameterizedTest(name = "dataset {0}")
    @MethodSource("someSeeds")
    void theSameSeedAndStepLimitGiveTheSamePlanBytes(long seed) {
        var project = RandomProjects.generate(seed);
        var options = SolveOptions.stepLimit(20).withFinanceRounds(1).withSeed(seed);
        assertThat(withoutTimings(Planner.solve(project, options))).isEqualTo(withoutTimings(Planner.solve(project, options)));
    }

    /** The plan's JSON with its timings (the only part a run may change) left out. */
    static String withoutTimings(Plan plan) {
        return PlanJson.toJson(plan.toBuilder().stats(null).build());
    }
}
