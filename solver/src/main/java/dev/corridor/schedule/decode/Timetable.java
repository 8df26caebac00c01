package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.Placement;

/**
 * What the decoder made of an activity list: start and finish of every stage (-1 for stages not
 * in the list), and how many stages it could only place by breaking a resource or budget limit.
 *
 * @param resume where each stage's remaining work begins, for a plan with stages in progress at its
 *               data date; null for a plan without (there every stage's work begins at its start)
 */
public record Timetable(int[] start, int[] finish, int forced, int[] resume) {

    public Timetable(int[] start, int[] finish, int forced) {
        this(start, finish, forced, null);
    }

    public int makespan() {
        int makespan = 0;
        for (int f : finish) {
            makespan = Math.max(makespan, f);
        }
        return makespan;
    }

    public Placement placement(int stage) {
        if (start[stage] < 0) {
            return null;
        }
        return resume == null ? new Placement(start[stage], finish[stage])
                : new Placement(start[stage], finish[stage], resume[stage]);
    }

    /** Whether {@code placement} is where this timetable puts {@code stage} (null for a stage it leaves out). */
    public boolean places(int stage, Placement placement) {
        if (start[stage] < 0) {
            return placement == null;
        }
        return placement != null && placement.start() == start[stage] && placement.finish() == finish[stage]
                && placement.resume() == (resume == null ? start[stage] : resume[stage]);
    }
}
