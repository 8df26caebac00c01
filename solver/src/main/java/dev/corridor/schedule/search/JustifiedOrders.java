package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.problem.ModeOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Random;

/**
 * Offers the local search a {@link TakeJustifiedOrder} for the list as it stands: there is one such
 * move per plan, read off the decode the listeners made of it. It is not doable when justification
 * would keep the list as it is.
 */
public final class JustifiedOrders implements MoveIteratorFactory<CorridorSchedule, TakeJustifiedOrder> {

    @Override
    public long getSize(ScoreDirector<CorridorSchedule> scoreDirector) {
        return 1;
    }

    @Override
    public Iterator<TakeJustifiedOrder> createOriginalMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector) {
        return java.util.List.of(of(scoreDirector.getWorkingSolution())).iterator();
    }

    @Override
    public Iterator<TakeJustifiedOrder> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public TakeJustifiedOrder next() {
                return of(scoreDirector.getWorkingSolution());
            }
        };
    }

    /** The move for this plan. */
    TakeJustifiedOrder of(CorridorSchedule plan) {
        var problem = plan.getProblem();
        var byIndex = new StageJob[problem.stageCount()];
        var modes = new ModeOption[problem.stageCount()];
        for (var job : plan.getJobs()) {
            byIndex[job.getIndex()] = job;
            modes[job.getIndex()] = job.getMode();
        }
        var listed = plan.getActivityList().getOrder();
        var order = listed.stream().mapToInt(StageJob::getIndex).toArray();
        var kept = new ArrayList<StageJob>(order.length);
        // The listeners decoded this very plan a moment ago: take their decode.
        for (int stage : plan.decodes().of(order, modes).order()) {
            kept.add(byIndex[stage]);
        }
        // Stages that start together may come back in any order; the list moves need precedence order.
        return new TakeJustifiedOrder(plan.getActivityList(), InitialPlan.inPrecedenceOrder(problem, kept));
    }
}
