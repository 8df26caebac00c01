package dev.corridor.benchmarks;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.search.InitialPlan;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.search.ScheduleSolver;
import dev.corridor.schedule.search.SearchLimits;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Score calculation from scratch with the constraint streams, on the priority-rule plan: once on its
 * decoded placements alone, once with the decode (the shadow variables) redone first, by a new
 * decoder on a new solution object. The search
 * itself scores incrementally; its speed is the moves per second a solve reports.
 * Run from the project root: {@code java -jar benchmarks/target/benchmarks.jar ScoreBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoreBenchmark {

    @Param({"datasets/psplib/j30/j301_1.sm", "datasets/psplib/j120/j1201_1.sm", "datasets/bering-strait.json"})
    public String dataset;

    private SolutionManager<CorridorSchedule, HardMediumSoftLongScore> manager;
    private ScheduleProblem problem;
    private CorridorSchedule plan;

    @Setup
    public void setUp() throws InvalidInputException {
        problem = ScheduleProblem.of(DatasetFiles.read(Path.of(dataset)));
        var config = new ScheduleSolver(problem).config(SearchLimits.steps(1));
        manager = SolutionManager.create(SolverFactory.create(config));
        plan = InitialPlan.of(problem, problem.discountedSpend());
        manager.update(plan);
    }

    @Benchmark
    public HardMediumSoftLongScore scoreOnly() {
        return manager.update(plan, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    }

    @Benchmark
    public HardMediumSoftLongScore decodeAndScore() {
        // A new solution each time: a plan remembers its latest decodes, and one it has just decoded
        // would not be decoded again.
        var fresh = new CorridorSchedule(problem, plan.getJobs(), plan.getActivityList(), problem.discountedSpend());
        return manager.update(fresh, SolutionUpdatePolicy.UPDATE_ALL);
    }
}
