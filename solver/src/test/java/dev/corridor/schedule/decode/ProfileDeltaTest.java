package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.Money;
import dev.corridor.model.Resource;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Placement;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The profile delta against a brute-force tally of the same bookings, added and taken away at
 * random (Bering: calendars, thirteen resources, budget windows): whether anything differs, by how
 * much in one period or window, and the most a stage meets more than before in its periods are what
 * the incremental decoder trusts.
 */
class ProfileDeltaTest {

    private record Booked(int stage, ModeOption mode, Placement placement, int sign) {
    }

    @Test
    void answersAsABruteForceTallyOfTheSameBookings() {
        answersAsATally(ScheduleProblem.of(Projects.dataset("bering-strait.json")), new Random(3));
    }

    @Test
    void answersAsATallyWithMoreResourcesThanOneWordOfBits() {
        // Past 64 resources the delta reads its differences period by period instead of a word per period.
        var builder = new Projects.Builder().horizon(120).cap(0, 24, 40).cap(24, 48, 40);
        for (int r = 0; r < 70; r++) {
            builder.resource(new Resource("crew-" + r, 3));
        }
        var random = new Random(4);
        for (int s = 0; s < 40; s++) {
            builder.stage("s" + s, 1 + random.nextInt(8), 1 + random.nextInt(20),
                    Map.of("crew-" + random.nextInt(70), 1 + random.nextInt(3), "crew-" + (64 + random.nextInt(6)), 1));
        }
        answersAsATally(ScheduleProblem.of(builder.build()), random);
    }

    private void answersAsATally(ScheduleProblem problem, Random random) {
        var generator = new SerialScheduleGenerator(problem);
        var delta = new ProfileDelta(problem, generator.windowsAt());
        int horizon = problem.horizon() + 40;
        var units = new long[problem.resources().size()][horizon + 200];
        var spend = new long[problem.budgetWindows().size()];
        List<Booked> added = new ArrayList<>();
        for (int round = 0; round < 3_000; round++) {
            if (!added.isEmpty() && random.nextInt(3) == 0) {
                var gone = added.remove(random.nextInt(added.size()));
                delta.add(gone.stage(), gone.mode(), gone.placement(), -gone.sign());
                tally(problem, gone, -gone.sign(), units, spend);
            } else {
                int stage = random.nextInt(problem.stageCount());
                var mode = problem.stage(stage).modes().get(random.nextInt(problem.stage(stage).modes().size()));
                int start = problem.stage(stage).calendar().nextOpen(random.nextInt(horizon - 60));
                // Either sign: a delta holds gains and drops alike.
                var booked = new Booked(stage, mode,
                        new Placement(start, problem.stage(stage).calendar().finish(start, mode.duration())),
                        random.nextBoolean() ? 1 : -1);
                delta.add(stage, mode, booked.placement(), booked.sign());
                tally(problem, booked, booked.sign(), units, spend);
                added.add(booked);
            }
            int from = random.nextInt(horizon);
            int to = from + random.nextInt(60);
            int stage = random.nextInt(problem.stageCount());
            var mode = problem.stage(stage).modes().get(0);
            int r = random.nextInt(units.length);
            int w = random.nextInt(spend.length);
            assertThat(delta.isEmpty()).isEqualTo(empty(units, spend));
            assertThat((long) delta.unitsAt(r, from)).isEqualTo(units[r][from]);
            assertThat(delta.spendIn(w)).isEqualTo(spend[w]);
            assertThat((long) delta.unitRise(mode, from, to)).isEqualTo(unitRise(mode, from, to, units));
            assertThat(delta.spendRise(mode, from, to)).isEqualTo(spendRise(problem, mode, from, to, spend));
        }
    }

    private static void tally(ScheduleProblem problem, Booked booked, int sign, long[][] units, long[] spend) {
        var mode = booked.mode();
        var periods = problem.stage(booked.stage()).workedPeriods(booked.placement(), mode.duration());
        for (int k = 0; k < periods.length; k++) {
            for (int r = 0; r < units.length; r++) {
                units[r][periods[k]] += (long) sign * mode.demand(r);
            }
            for (var window : problem.budgetWindows()) {
                if (window.covers(periods[k]) && periods[k] < problem.steadyFrom()) {
                    spend[window.index()] += sign * Money.spendInWorkedPeriod(mode.costMilli(), mode.duration(), k);
                }
            }
        }
    }

    private static boolean empty(long[][] units, long[] spend) {
        for (var row : units) {
            for (long u : row) {
                if (u != 0) {
                    return false;
                }
            }
        }
        for (long s : spend) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    private static long unitRise(ModeOption mode, int from, int to, long[][] units) {
        long most = 0;
        for (int r = 0; r < units.length; r++) {
            if (mode.demand(r) > 0) {
                for (int p = from; p < to; p++) {
                    most = Math.max(most, units[r][p]);
                }
            }
        }
        return most;
    }

    private static long spendRise(ScheduleProblem problem, ModeOption mode, int from, int to, long[] spend) {
        long most = 0;
        if (mode.costMilli() > 0) {
            for (var window : problem.budgetWindows()) {
                if (window.from() < to && window.to() > from) {
                    most = Math.max(most, spend[window.index()]);
                }
            }
        }
        return from >= to ? 0 : most;
    }
}
