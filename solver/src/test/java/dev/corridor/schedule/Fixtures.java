package dev.corridor.schedule;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Money;
import dev.corridor.schedule.decode.JustifiedDecoder;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ResourceSpec;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.schedule.problem.StageSpec;
import dev.corridor.schedule.problem.WorkCalendar;
import java.util.List;

/** Small compiled stages and resources for constraint and decoder tests. */
public final class Fixtures {

    public static final WorkCalendar SUMMER = new WorkCalendar("summer", new boolean[] {false, false, true, true});

    private Fixtures() {
    }

    public static ModeOption mode(int stage, int duration, double cost, int... demand) {
        return new ModeOption("m", stage, duration, Money.rounded(cost).thousandths(), demand);
    }

    public static StageSpec stage(int index, ModeOption mode) {
        return new StageSpec(index, "s" + index, CorridorSystem.FREIGHT, WorkCalendar.ALWAYS, 0, -1, List.of(mode), 0);
    }

    public static StageSpec stage(int index, WorkCalendar calendar, int release, int deadline, ModeOption mode) {
        return new StageSpec(index, "s" + index, CorridorSystem.FREIGHT, calendar, release, deadline, List.of(mode), 0);
    }

    public static StageSpec milestone(int index, long weightMilli, ModeOption mode) {
        return new StageSpec(index, "s" + index, CorridorSystem.FREIGHT, WorkCalendar.ALWAYS, 0, -1, List.of(mode),
                weightMilli);
    }

    /** A job placed at {@code start} in its only mode. */
    public static StageJob job(StageSpec spec, int start) {
        return new StageJob(spec, spec.modes().get(0), start);
    }

    /**
     * The facts given plus every job, put in one activity list: the solver only counts jobs that are
     * assigned to the list.
     */
    public static Object[] scheduled(Object... factsAndJobs) {
        var jobs = new java.util.ArrayList<StageJob>();
        var all = new java.util.ArrayList<Object>(List.of(factsAndJobs));
        for (Object o : factsAndJobs) {
            if (o instanceof StageJob job) {
                jobs.add(job);
            }
        }
        var list = new ActivityList(jobs);
        jobs.forEach(job -> job.setList(list));
        all.add(list);
        return all.toArray();
    }

    public static ResourceSpec crew(int index, int capacity) {
        return new ResourceSpec(index, "crew" + index, "Crew " + index, capacity, new int[0], new int[0]);
    }

    /** The mode of each job of {@code plan}, by stage index. */
    public static ModeOption[] modesOf(CorridorSchedule plan) {
        var modes = new ModeOption[plan.getJobs().size()];
        plan.getJobs().forEach(job -> modes[job.getIndex()] = job.getMode());
        return modes;
    }

    /** How far {@code modes} overdraw the stocks of {@code problem}, summed over the stocks. */
    public static long stockOverdrawn(ScheduleProblem problem, ModeOption[] modes) {
        long over = 0;
        for (var stock : problem.stocks()) {
            long used = 0;
            for (var mode : modes) {
                used += mode.consumption(stock.index());
            }
            over += Math.max(0, used - stock.capacity());
        }
        return over;
    }

    /** Places every job of {@code plan} where the search's decoder puts its list and modes. */
    public static void place(ScheduleProblem problem, CorridorSchedule plan) {
        var order = plan.getActivityList().getOrder().stream().mapToInt(StageJob::getIndex).toArray();
        var timetable = new JustifiedDecoder(problem).decode(order, modesOf(plan));
        plan.getJobs().forEach(job -> job.setPlacement(timetable.placement(job.getIndex())));
    }
}
