package dev.corridor.schedule.problem;

/**
 * A makespan no plan can beat: the longest path through the precedence links from the releases,
 * every stage in its shortest mode and in its calendar, with resources and stocks left out. Those
 * only ever delay a stage, so a plan that reaches this bound is optimal, and the search may stop.
 */
public final class MakespanBound {

    private MakespanBound() {
    }

    /** The bound in periods, or 0 when the links hold a cycle (which the dataset reader refuses anyway). */
    public static int of(ScheduleProblem problem) {
        int n = problem.stageCount();
        int[] earliestStart = new int[n];
        int[] earliestFinish = new int[n];
        int bound = 0;
        var order = problem.graph().topologicalOrder();
        if (order == null) {
            return 0;
        }
        for (int stage : order) {
            var spec = problem.stage(stage);
            int shortest = spec.modes().stream().mapToInt(ModeOption::duration).min().orElse(0);
            int longest = spec.modes().stream().mapToInt(ModeOption::duration).max().orElse(0);
            int start = Math.max(0, spec.release());
            int finish = 0;
            for (int index : problem.predecessorLinks(stage)) {
                var link = problem.link(index);
                int before = link.predecessor();
                int linked = link.bound(earliestStart[before], earliestFinish[before]);
                if (link.type().toFinish()) {
                    finish = Math.max(finish, linked);
                } else {
                    start = Math.max(start, linked);
                }
            }
            // A finish never comes earlier for a later start or a longer mode, so no mode can start before
            // the earliest start that reaches `finish` in the longest one (closed periods counted).
            var calendar = spec.calendar();
            start = Math.max(start, calendar.earliestStartFinishingBy(0, longest, finish));
            earliestStart[stage] = start;
            earliestFinish[stage] = Math.max(finish, calendar.finish(start, shortest));
            bound = Math.max(bound, earliestFinish[stage]);
        }
        return bound;
    }
}
