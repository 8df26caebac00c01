package dev.corridor.schedule.search;

import dev.corridor.schedule.ActivityList;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws {@link PullForward} moves: where a plan of thousands of stages ends, and what to bring
 * forward there. Moves drawn uniformly touch one of the few stages that end such a plan once in
 * thousands of tries, so the makespan, set by a long stage placed after the budget of the years
 * before it was spent, stays where the first plan put it; these moves touch nothing else.
 */
final class EndStages {

    /** How far back along the predecessors a pull may reach when the end stage itself cannot move. */
    private static final int REACH = 8;

    private EndStages() {
    }

    /** A pull on a stage that ends {@code plan}, or on one it waits for; null if none can be moved. */
    static PullForward next(CorridorSchedule plan, Random random) {
        var problem = plan.getProblem();
        var ending = new ArrayList<StageJob>();
        int end = Integer.MIN_VALUE;
        for (var job : plan.getJobs()) {
            if (!job.isPlaced()) {
                continue;
            }
            if (job.finish() > end) {
                end = job.finish();
                ending.clear();
            }
            if (job.finish() == end) {
                ending.add(job);
            }
        }
        if (ending.isEmpty()) {
            return null;
        }
        var list = plan.getActivityList();
        var order = list.getOrder();
        var position = new int[problem.stageCount()];
        for (int p = 0; p < order.size(); p++) {
            position[order.get(p).getIndex()] = p;
        }
        StageJob[] byIndex = null;
        var job = ending.get(random.nextInt(ending.size()));
        for (int step = 0; step < REACH && job != null; step++) {
            var pull = pull(problem, list, position, job, random);
            if (pull != null) {
                return pull;
            }
            if (byIndex == null) {
                // Only a pull that reaches back past the end stage needs jobs by stage.
                byIndex = new StageJob[problem.stageCount()];
                for (var each : plan.getJobs()) {
                    byIndex[each.getIndex()] = each;
                }
            }
            job = waitedFor(problem, byIndex, job, random);
        }
        return null;
    }

    private static PullForward pull(ScheduleProblem problem, ActivityList list, int[] position, StageJob job,
            Random random) {
        if (job.getSpec().isStarted()) {
            return null;
        }
        int at = position[job.getIndex()];
        int earliest = list.getStartedCount();
        for (int predecessor : problem.predecessors(job.getIndex())) {
            earliest = Math.max(earliest, position[predecessor] + 1);
        }
        // Under stocks a lone switch nearly always overdraws them (see ModeTrade): there, only the list.
        var faster = problem.stocks().isEmpty() ? faster(job) : List.<ModeOption>of();
        boolean canMove = earliest < at;
        if (!canMove && faster.isEmpty()) {
            return null;
        }
        if (canMove && (faster.isEmpty() || random.nextBoolean())) {
            var reordered = new ArrayList<>(list.getOrder());
            reordered.remove(at);
            reordered.add(earliest + random.nextInt(at - earliest), job);
            return new PullForward(list, reordered, List.of());
        }
        return new PullForward(null, null, List.of(new ModeTrade.Switch(job, faster.get(random.nextInt(faster.size())))));
    }

    /** The modes of the stage shorter than the one it is in. */
    private static List<ModeOption> faster(StageJob job) {
        return job.getSpec().modes().stream().filter(mode -> mode.duration() < job.getMode().duration()).toList();
    }

    /** A predecessor of the stage, drawn at random; null if it has none. */
    private static StageJob waitedFor(ScheduleProblem problem, StageJob[] byIndex,
            StageJob job, Random random) {
        var links = problem.predecessorLinks(job.getIndex());
        if (links.length == 0) {
            return null;
        }
        return byIndex[problem.link(links[random.nextInt(links.length)]).predecessor()];
    }
}
