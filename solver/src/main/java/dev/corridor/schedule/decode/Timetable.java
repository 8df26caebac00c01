package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.Placement;

/**
 * What the decoder made of an activity list: start and finish of every stage (-1 for stages not
 * in the list), and how many stages it could only place by breaking a resource or budget limit.
 */
public record Timetable(int[] start, int[] finish, int forced) {

    public int makespan() {
        int makespan = 0;
        for (int f : finish) {
            makespan = Math.max(makespan, f);
        }
        return makespan;
    }

    public Placement placement(int stage) {
        return start[stage] < 0 ? null : new Placement(start[stage], finish[stage]);
    }
}
