package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;

/**
 * The decoder the search uses: a serial forward decode, then forward-backward improvement (one
 * backward pass, one forward decode in the order it suggests), keeping whichever timetable is better.
 * Justification never breaks a rule, because the schedule it keeps always comes from a full forward
 * decode. Not thread-safe.
 */
public final class JustifiedDecoder {

    private final ScheduleProblem problem;
    private final SerialScheduleGenerator generator;
    private final BackwardPass backward;

    public JustifiedDecoder(ScheduleProblem problem) {
        this.problem = problem;
        var capacities = new Capacities(problem);
        this.generator = new SerialScheduleGenerator(problem, capacities);
        this.backward = new BackwardPass(problem, capacities);
    }

    public Timetable decode(int[] order, ModeOption[] modes) {
        return justify(order, modes).timetable();
    }

    /**
     * The order whose forward decode {@link #decode} keeps: the one the backward pass suggests when
     * that is better, else {@code order} itself.
     */
    public int[] keptOrder(int[] order, ModeOption[] modes) {
        return justify(order, modes).order();
    }

    /** The timetable {@link #decode} keeps, with the order it was decoded from. */
    Justified justify(int[] order, ModeOption[] modes) {
        var forward = generator.decode(order, modes);
        if (order.length < 2) {
            return new Justified(order, forward);
        }
        var suggested = backward.order(order, modes, forward);
        var justified = generator.decode(suggested, modes);
        return rank(justified) < rank(forward) ? new Justified(suggested, justified) : new Justified(order, forward);
    }

    /** A timetable with the order it was decoded from. */
    public record Justified(int[] order, Timetable timetable) {
    }

    /** Lower is better: forced placements, then periods past the horizon, then the objective. */
    private double rank(Timetable timetable) {
        double objective;
        if (problem.hasMilestones()) {
            objective = 0;
            for (var stage : problem.stages()) {
                if (timetable.finish()[stage.index()] >= 0) {
                    objective += stage.milestoneWeightMilli() * (double) timetable.finish()[stage.index()];
                }
            }
        } else {
            objective = timetable.makespan();
        }
        double late = 0;
        for (var stage : problem.stages()) {
            int finish = timetable.finish()[stage.index()];
            late += Math.max(0, finish - problem.horizon());
            if (stage.hasDeadline()) {
                late += Math.max(0, finish - stage.deadline());
            }
        }
        return timetable.forced() * 1e15 + late * 1e9 + objective;
    }
}
