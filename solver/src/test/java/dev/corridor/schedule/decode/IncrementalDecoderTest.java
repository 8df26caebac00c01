package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.generate.SyntheticCorridor;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.io.InvalidInputException;
import java.nio.file.Path;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import dev.corridor.support.DecoderProjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The incremental decoder against the full serial decode, on random lists in precedence order and
 * random chains of the changes the search makes (a stage moved within its window, two swapped, a mode
 * switched, several at once) and of changes it does not (a stage moved out of precedence order, a
 * list shuffled), each decoded from the decode before it or from the one before that, as a move
 * evaluated and undone leaves them.
 */
class IncrementalDecoderTest {

    /** Lists per dataset and changes per list; a long run: -Dcorridor.incremental.lists=40 -Dcorridor.incremental.changes=400. */
    private static final int LISTS = Integer.getInteger("corridor.incremental.lists", 4);
    private static final int CHANGES = Integer.getInteger("corridor.incremental.changes", 150);
    /** How many random projects join the datasets: -Dcorridor.incremental.projects=N. */
    private static final int RANDOM_PROJECTS = Integer.getInteger("corridor.incremental.projects", 40);
    /** Another seed draws other lists and changes: -Dcorridor.incremental.seed=N. */
    private static final long SEED = Long.getLong("corridor.incremental.seed", 0);

    static Stream<Arguments> projects() {
        return Stream.concat(Stream.of(
                Arguments.of("j301_1", Projects.psplib("j30", "j301_1")),
                Arguments.of("j1201_1", Projects.psplib("j120", "j1201_1")),
                Arguments.of("j3010_1.mm", multiMode("j3010_1.mm")),
                Arguments.of("bering-strait", Projects.dataset("bering-strait.json")),
                Arguments.of("bering-strait-update-2036-01", Projects.dataset("bering-strait-update-2036-01.json")),
                Arguments.of("synthetic-600", SyntheticCorridor.generate(600, 3))),
                // Forty small random projects, half with costs of a few thousandths a period.
                IntStream.range(0, RANDOM_PROJECTS).mapToObj(seed -> Arguments.of("random-" + seed,
                        DecoderProjects.of(seed + SEED, seed % 2 == 0))));
    }

    private static Project multiMode(String instance) {
        try {
            return DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", instance));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void decodesEveryChangedListAsTheFullDecodeDoes(String name, Project project) {
        var problem = ScheduleProblem.of(project);
        var random = new Random(name.hashCode() + SEED);
        var incremental = new IncrementalDecoder(problem);
        var full = new SerialScheduleGenerator(problem);
        for (int list = 0; list < LISTS; list++) {
            var order = randomPrecedenceOrder(problem, random);
            var modes = randomModes(problem, random);
            var decoded = incremental.decode(order.clone(), modes.clone());
            assertSame(full.decode(order, modes), decoded.timetable(), "first decode");
            ForwardDecode older = decoded;
            for (int change = 0; change < CHANGES; change++) {
                var nextOrder = order.clone();
                var nextModes = modes.clone();
                String what = change(problem, nextOrder, nextModes, random);
                // An evaluated move is undone: the next change is made, as often as not, from the decode before.
                var base = random.nextBoolean() ? decoded : older;
                var baseOrder = base == decoded ? order : older.order.clone();
                var baseModes = base == decoded ? modes : older.modes.clone();
                if (base == older) {
                    nextOrder = baseOrder.clone();
                    nextModes = baseModes.clone();
                    what = change(problem, nextOrder, nextModes, random);
                }
                var next = incremental.decode(base, nextOrder.clone(), nextModes.clone());
                assertSame(full.decode(nextOrder, nextModes), next.timetable(), what + " (change " + change + ")");
                older = decoded;
                decoded = next;
                order = nextOrder;
                modes = nextModes;
            }
        }
    }

    /**
     * A stage begun before a budget window, turned down there by rounding alone (see
     * SerialScheduleGeneratorTest): a later change lets it start where its earlier search had
     * jumped over, and the decode from the earlier one must find that start too.
     */
    @Test
    void aStageTurnedDownBeforeABudgetWindowIsSearchedAgainWhenItsEarliestStartMoves() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("R", 1))
                .cap(10, 12, 0.5)
                .stage("P", 8, 0, Map.of("R", 1))
                .stage("Q", 1, 0, Map.of("R", 1))
                .stage("X", 4, 1.001, Map.of(), Predecessor.finishToStart("P"))
                .build());
        assertDecodesAlike(problem, new int[] {0, 1, 2}, new int[] {1, 0, 2});
    }

    /** As above, with a thousandth less spent in the window after the change, not a later earliest start. */
    @Test
    void aStageTurnedDownByAThousandthIsSearchedAgainWhenTheWindowFreesIt() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("R", 1))
                .cap(10, 12, 0.501)
                .stage("P", 8, 0, Map.of())
                .stage("B", 10, 0, Map.of("R", 1))
                .stage("Y", 1, 0.001, Map.of("R", 1))
                .stage("C", 2, 0, Map.of("R", 1))
                .stage("X", 4, 1.001, Map.of(), Predecessor.finishToStart("P"))
                .build());
        assertDecodesAlike(problem, new int[] {0, 1, 2, 3, 4}, new int[] {0, 1, 3, 2, 4});
    }

    private static void assertDecodesAlike(ScheduleProblem problem, int[] first, int[] second) {
        var modes = problem.stages().stream().map(stage -> stage.modes().get(0)).toArray(ModeOption[]::new);
        var incremental = new IncrementalDecoder(problem);
        var full = new SerialScheduleGenerator(problem);
        var before = incremental.decode(first.clone(), modes.clone());
        assertSame(full.decode(first, modes), before.timetable(), "first list");

        var after = incremental.decode(before, second.clone(), modes.clone());

        assertSame(full.decode(second, modes), after.timetable(), "changed list");
    }

    private static void assertSame(Timetable expected, Timetable actual, String what) {
        assertThat(actual.start()).as(what + ": starts").containsExactly(expected.start());
        assertThat(actual.finish()).as(what + ": finishes").containsExactly(expected.finish());
        assertThat(actual.forced()).as(what + ": forced").isEqualTo(expected.forced());
        if (expected.resume() == null) {
            assertThat(actual.resume()).as(what + ": resumes").isNull();
        } else {
            assertThat(actual.resume()).as(what + ": resumes").containsExactly(expected.resume());
        }
    }

    /** Makes one random change to the list or the modes, or several; says which. */
    private static String change(ScheduleProblem problem, int[] order, ModeOption[] modes, Random random) {
        int kind = random.nextInt(20);
        if (kind < 7) {
            return moveInWindow(problem, order, random) ? "move" : "nothing";
        } else if (kind < 12) {
            return swapInWindow(problem, order, random) ? "swap" : "nothing";
        } else if (kind < 16) {
            return switchMode(problem, modes, random) ? "mode" : "nothing";
        } else if (kind < 18) {
            moveInWindow(problem, order, random);
            switchMode(problem, modes, random);
            switchMode(problem, modes, random);
            return "move and modes";
        } else if (kind < 19) {
            // Out of precedence order: decoded whole.
            int from = firstFree(problem, order) + random.nextInt(order.length - firstFree(problem, order));
            int to = firstFree(problem, order) + random.nextInt(order.length - firstFree(problem, order));
            move(order, from, to);
            return "move anywhere";
        }
        int free = firstFree(problem, order);
        int lo = free + random.nextInt(order.length - free);
        int hi = Math.min(order.length, lo + 1 + random.nextInt(40));
        var segment = new ArrayList<Integer>();
        for (int p = lo; p < hi; p++) {
            segment.add(order[p]);
        }
        java.util.Collections.shuffle(segment, random);
        for (int p = lo; p < hi; p++) {
            order[p] = segment.get(p - lo);
        }
        return "shuffle";
    }

    private static boolean moveInWindow(ScheduleProblem problem, int[] order, Random random) {
        int free = firstFree(problem, order);
        if (free >= order.length) {
            return false;
        }
        int from = free + random.nextInt(order.length - free);
        var position = positions(problem, order);
        int stage = order[from];
        int low = free;
        int high = order.length - 1;
        for (int l : problem.predecessorLinks(stage)) {
            low = Math.max(low, position[problem.link(l).predecessor()] + 1);
        }
        for (int l : problem.successorLinks(stage)) {
            high = Math.min(high, position[problem.link(l).successor()] - 1);
        }
        if (low > high) {
            return false;
        }
        int to = low + random.nextInt(high - low + 1);
        move(order, from, to);
        return from != to;
    }

    private static boolean swapInWindow(ScheduleProblem problem, int[] order, Random random) {
        int free = firstFree(problem, order);
        if (order.length - free < 2) {
            return false;
        }
        int a = free + random.nextInt(order.length - free);
        int b = Math.min(order.length - 1, a + 1 + random.nextInt(30));
        int left = order[a];
        int right = order[b];
        order[a] = right;
        order[b] = left;
        if (!inPrecedenceOrder(problem, order)) {
            order[a] = left;
            order[b] = right;
            return false;
        }
        return a != b;
    }

    private static boolean switchMode(ScheduleProblem problem, ModeOption[] modes, Random random) {
        int stage = random.nextInt(problem.stageCount());
        var spec = problem.stage(stage);
        if (spec.isStarted() || spec.modes().size() < 2) {
            return false;
        }
        modes[stage] = spec.modes().get(random.nextInt(spec.modes().size()));
        return true;
    }

    private static void move(int[] order, int from, int to) {
        int stage = order[from];
        if (from < to) {
            System.arraycopy(order, from + 1, order, from, to - from);
        } else {
            System.arraycopy(order, to, order, to + 1, from - to);
        }
        order[to] = stage;
    }

    private static int firstFree(ScheduleProblem problem, int[] order) {
        int p = 0;
        while (p < order.length && problem.stage(order[p]).isStarted()) {
            p++;
        }
        return p;
    }

    private static boolean inPrecedenceOrder(ScheduleProblem problem, int[] order) {
        var position = positions(problem, order);
        for (int p = 0; p < order.length; p++) {
            for (int l : problem.predecessorLinks(order[p])) {
                if (position[problem.link(l).predecessor()] >= p && !problem.stage(order[p]).isStarted()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] positions(ScheduleProblem problem, int[] order) {
        var position = new int[problem.stageCount()];
        Arrays.fill(position, -1);
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        return position;
    }

    /** Started stages first, as the search keeps them; then a random precedence order of the rest. */
    private static int[] randomPrecedenceOrder(ScheduleProblem problem, Random random) {
        int n = problem.stageCount();
        var order = new int[n];
        int count = 0;
        var placed = new boolean[n];
        for (int s = 0; s < n; s++) {
            if (problem.stage(s).isStarted()) {
                order[count++] = s;
                placed[s] = true;
            }
        }
        var waiting = new int[n];
        List<Integer> ready = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (placed[s]) {
                continue;
            }
            for (int l : problem.predecessorLinks(s)) {
                if (!placed[problem.link(l).predecessor()]) {
                    waiting[s]++;
                }
            }
            if (waiting[s] == 0) {
                ready.add(s);
            }
        }
        while (!ready.isEmpty()) {
            int stage = ready.remove(random.nextInt(ready.size()));
            order[count++] = stage;
            for (int l : problem.successorLinks(stage)) {
                int next = problem.link(l).successor();
                if (!placed[next] && --waiting[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    private static ModeOption[] randomModes(ScheduleProblem problem, Random random) {
        var modes = new ModeOption[problem.stageCount()];
        for (int s = 0; s < modes.length; s++) {
            var options = problem.stage(s).modes();
            modes[s] = problem.stage(s).isStarted() ? options.get(0) : options.get(random.nextInt(options.size()));
        }
        return modes;
    }
}
