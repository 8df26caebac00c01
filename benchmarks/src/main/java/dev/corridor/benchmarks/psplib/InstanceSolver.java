package dev.corridor.benchmarks.psplib;

import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.io.PsplibReader;
import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.plan.Plan;
import dev.corridor.schedule.search.PriorityRule;
import dev.corridor.schedule.problem.ScheduleProblem;

/**
 * One instance solved and measured: corridor's plan and the LFT rule's baseline, the peer's answer
 * when one runs, both schedules through the independent checker, against the critical path and the
 * known bounds. The same on any machine, so a cluster's rows are this machine's.
 */
public final class InstanceSolver {

    private InstanceSolver() {
    }

    /**
     * {@code item} solved as {@code settings} say.
     *
     * @throws UnreadableInstance if the item's text is not a PSPLIB instance
     */
    public static InstanceResult solve(BenchItem item, SolveSettings settings) {
        Project project;
        try {
            project = PsplibReader.parse(item.name(), item.name(), item.text());
        } catch (InvalidInputException e) {
            throw new UnreadableInstance(e.problems().get(0).message(), e);
        }
        var ours = ours(project, settings);
        var peer = settings.peerThreads() > 0
                ? CpSatPeer.solve(project, settings.timeLimit(), settings.peerThreads(), settings.seed()) : null;
        return result(item.name(), project, ours, peer, item.lowerBound(), item.bestKnown());
    }

    /** corridor's plan, how long it took, and the LFT rule's makespan as the baseline. */
    record Ours(Plan plan, long millis, int baseline) {
    }

    static Ours ours(Project project, SolveSettings settings) {
        int baseline = PriorityRule.latestFinishTime(ScheduleProblem.of(project)).makespan();
        long started = System.nanoTime();
        var limit = settings.stepLimit() != null ? null : settings.timeLimit();
        var plan = Planner.solve(project, new SolveOptions(limit, settings.stepLimit(), settings.seed(), 0));
        return new Ours(plan, (System.nanoTime() - started) / 1_000_000, baseline);
    }

    static InstanceResult result(String name, Project project, Ours ours, CpSatPeer.Answer answer, Integer lower,
            Integer bestKnown) {
        var plan = ours.plan();
        boolean checked = IndependentCheck.ours(project, plan);
        InstanceResult.PeerResult peerResult = null;
        if (answer != null) {
            peerResult = new InstanceResult.PeerResult(answer.found() ? answer.makespan() : -1,
                    IndependentCheck.peer(project, answer.stages()), answer.optimal(), answer.millis());
        }
        return new InstanceResult(name, plan.makespan(), plan.feasible(), checked, CriticalPath.length(project), lower,
                bestKnown, ours.baseline(), ours.millis(), plan.stats().moveEvaluations(), peerResult);
    }
}
