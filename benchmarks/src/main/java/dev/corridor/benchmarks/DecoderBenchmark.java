package dev.corridor.benchmarks;

import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.decode.Timetable;
import java.nio.file.Path;
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
 * Decoder throughput: schedules per second from the serial schedule generator alone ({@code decode}),
 * and with the forward-backward improvement the search runs on every move ({@code justifiedDecode}:
 * a forward decode, a backward pass and a second forward decode), on random activity lists. Run
 * from the project root: {@code java -jar benchmarks/target/benchmarks.jar DecoderBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecoderBenchmark {

    @Param({"datasets/psplib/j30/j301_1.sm", "datasets/psplib/j120/j1201_1.sm", "datasets/bering-strait.json"})
    public String dataset;

    private SerialScheduleGenerator generator;
    private JustifiedDecoder justified;
    private int[][] orders;
    private ModeOption[] modes;
    private int next;

    @Setup
    public void setUp() throws InvalidInputException {
        var problem = ScheduleProblem.of(DatasetFiles.read(Path.of(dataset)));
        generator = new SerialScheduleGenerator(problem);
        justified = new JustifiedDecoder(problem);
        modes = problem.stages().stream().map(stage -> stage.modes().get(0)).toArray(ModeOption[]::new);
        var random = new Random(42);
        orders = new int[64][];
        for (int o = 0; o < orders.length; o++) {
            var order = new int[problem.stageCount()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            orders[o] = order;
        }
    }

    @Benchmark
    public Timetable decode() {
        next = (next + 1) & (orders.length - 1);
        return generator.decode(orders[next], modes);
    }

    @Benchmark
    public Timetable justifiedDecode() {
        next = (next + 1) & (orders.length - 1);
        return justified.decode(orders[next], modes);
    }
}
