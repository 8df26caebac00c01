package dev.corridor.benchmarks;

import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.ForwardDecode;
import dev.corridor.schedule.decode.IncrementalDecoder;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.decode.Timetable;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.search.InitialPlan;
import java.util.Arrays;
import java.util.Random;
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
 * What evaluating one move costs the decoder on a large synthetic corridor: the list the search
 * starts from (the priority rule's), changed as the search changes it (a stage moved or two swapped
 * within their precedence windows, or one stage's mode switched), then decoded. {@code justified} is
 * what every move cost before incremental decoding (a forward decode, a backward pass and a second
 * forward decode); {@code forward} one full forward decode; {@code incremental} the decode from the
 * start list's decode that the search now runs beyond 1,000 stages. Run from the project root:
 * {@code java -jar benchmarks/target/benchmarks.jar MoveDecodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MoveDecodeBenchmark {

    @Param({"10000"})
    public int stages;

    private static final int MOVES = 256;

    private JustifiedDecoder justified;
    private SerialScheduleGenerator generator;
    private IncrementalDecoder incremental;
    private ForwardDecode start;
    private int[][] orders;
    private ModeOption[][] modes;
    private int next;

    @Setup
    public void setUp() {
        var problem = ScheduleProblem.of(SyntheticCorridor.generate(stages, 1));
        var plan = InitialPlan.of(problem, problem.discountedSpend());
        var order = plan.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        var startModes = new ModeOption[problem.stageCount()];
        plan.getJobs().forEach(job -> startModes[job.getIndex()] = job.getMode());
        justified = new JustifiedDecoder(problem);
        generator = new SerialScheduleGenerator(problem);
        incremental = new IncrementalDecoder(problem);
        start = incremental.decode(order.clone(), startModes.clone());
        var random = new Random(42);
        orders = new int[MOVES][];
        modes = new ModeOption[MOVES][];
        for (int m = 0; m < MOVES; m++) {
            orders[m] = order.clone();
            modes[m] = startModes.clone();
            while (!change(problem, orders[m], modes[m], random)) {
                // Draw again: the stage drawn had nowhere else to go.
            }
        }
    }

    @Benchmark
    public Timetable justified() {
        next = (next + 1) & (MOVES - 1);
        return justified.decode(orders[next], modes[next]);
    }

    @Benchmark
    public Timetable forward() {
        next = (next + 1) & (MOVES - 1);
        return generator.decode(orders[next], modes[next]);
    }

    @Benchmark
    public Timetable incremental() {
        next = (next + 1) & (MOVES - 1);
        return incremental.decode(start, orders[next], modes[next]).timetable();
    }

    /** One change as the search makes them, a third of each kind; false if the drawn one changes nothing. */
    private static boolean change(ScheduleProblem problem, int[] order, ModeOption[] modes, Random random) {
        var position = new int[problem.stageCount()];
        Arrays.fill(position, -1);
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        int kind = random.nextInt(3);
        if (kind == 2) {
            int stage = random.nextInt(problem.stageCount());
            var options = problem.stage(stage).modes();
            var previous = modes[stage];
            modes[stage] = options.get(random.nextInt(options.size()));
            return modes[stage] != previous;
        }
        int from = random.nextInt(order.length);
        int stage = order[from];
        int low = 0;
        int high = order.length - 1;
        for (int l : problem.predecessorLinks(stage)) {
            low = Math.max(low, position[problem.link(l).predecessor()] + 1);
        }
        for (int l : problem.successorLinks(stage)) {
            high = Math.min(high, position[problem.link(l).successor()] - 1);
        }
        int to = low + random.nextInt(high - low + 1);
        if (to == from) {
            return false;
        }
        if (kind == 0) {
            if (from < to) {
                System.arraycopy(order, from + 1, order, from, to - from);
            } else {
                System.arraycopy(order, to, order, to + 1, from - to);
            }
            order[to] = stage;
            return true;
        }
        // A swap: the other stage must land in its own window too.
        int other = order[to];
        for (int l : problem.predecessorLinks(other)) {
            if (position[problem.link(l).predecessor()] >= from) {
                return false;
            }
        }
        for (int l : problem.successorLinks(other)) {
            if (position[problem.link(l).successor()] <= from) {
                return false;
            }
        }
        order[from] = other;
        order[to] = stage;
        return true;
    }
}
