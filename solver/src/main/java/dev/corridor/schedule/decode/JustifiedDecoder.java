package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.Ranking;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.Standing;

/**
 * The decoder the search uses: a serial forward decode, then forward-backward improvement (one
 * backward pass, one forward decode in the order it suggests), keeping whichever timetable is better.
 * Justification never breaks a rule, because the schedule it keeps always comes from a full forward
 * decode. Not thread-safe.
 */
public final class JustifiedDecoder {

    private final Ranking ranking;
    private final SerialScheduleGenerator generator;
    private final BackwardPass backward;

    public JustifiedDecoder(ScheduleProblem problem) {
        this.ranking = new Ranking(problem);
        var capacities = new Capacities(problem);
        this.generator = new SerialScheduleGenerator(problem, capacities);
        this.backward = new BackwardPass(problem, capacities);
    }

    public Timetable decode(int[] order, ModeOption[] modes) {
        return justify(order, modes).timetable();
    }


    /** The timetable {@link #decode} keeps, with the order it was decoded from. */
    Justified justify(int[] order, ModeOption[] modes) {
        return rank(order, modes).justified();
    }

    /** What {@link #justify} keeps, with its standing as this decoder ranked it. */
    Ranked rank(int[] order, ModeOption[] modes) {
        var forward = generator.decode(order, modes);
        var forwardStanding = standing(forward, modes);
        if (order.length < 2) {
            return new Ranked(new Justified(order, forward), forwardStanding);
        }
        var suggested = backward.order(order, modes, forward);
        var justified = generator.decode(suggested, modes);
        var justifiedStanding = standing(justified, modes);
        return justifiedStanding.isBetterThan(forwardStanding)
                ? new Ranked(new Justified(suggested, justified), justifiedStanding)
                : new Ranked(new Justified(order, forward), forwardStanding);
    }

    /**
     * The order the backward pass suggests for a list already decoded forward to {@code forward}: the
     * order justification would decode, without deciding whether its plan is the better one.
     */
    public int[] suggestedOrder(int[] order, ModeOption[] modes, Timetable forward) {
        return order.length < 2 ? order : backward.order(order, modes, forward);
    }

    /** A timetable with the order it was decoded from. */
    public record Justified(int[] order, Timetable timetable) {
    }

    /** A justified decode with its standing, which the decoder worked out to choose it. */
    public record Ranked(Justified justified, Standing standing) {
    }

    private Standing standing(Timetable timetable, ModeOption[] modes) {
        return ranking.of(timetable.finish(), timetable.makespan(), timetable.forced(), modes);
    }
}
