package dev.corridor.schedule.search;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Random;

/**
 * Offers the local search the modes refitted to the plan as it stands: the justified order of the
 * plan is decoded again, and each stage in turn may take the mode that finishes it first there
 * (see {@link SerialScheduleGenerator#decodeFittingModes}). The move takes up that order and those
 * modes together, so its plan is at least as short as the refitting decode. A mode trade asks which
 * stages could give up stock; this asks of the schedule in hand which modes it would rather have,
 * the mode improvement of the strongest published multi-mode searches. Half of the stages, drawn
 * anew each time, keep their modes, so the move is not the same one over and over.
 */
public final class FittedModes implements MoveIteratorFactory<CorridorSchedule, Move<CorridorSchedule>> {

    /**
     * The chance that a stage may change its mode in one refit: half reached the best known on more
     * of the multi-mode sample than every stage or a quarter (benchmarks/RESULTS.md, Search
     * experiments). With every stage free, a plan has one refit only.
     */
    private static final double SHARE_FREE = 0.5;

    /**
     * Kept across steps: Timefold asks for a new iterator every step, and the generator's work arrays
     * run the length of the horizon. A factory serves one solver, whose moves are drawn on one thread.
     */
    private SerialScheduleGenerator generator;

    @Override
    public long getSize(ScoreDirector<CorridorSchedule> scoreDirector) {
        return 1;
    }

    @Override
    public Iterator<Move<CorridorSchedule>> createOriginalMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector) {
        throw new UnsupportedOperationException("Fitted modes are drawn at random from the current plan.");
    }

    @Override
    public Iterator<Move<CorridorSchedule>> createRandomMoveIterator(ScoreDirector<CorridorSchedule> scoreDirector,
            Random random) {
        var problem = scoreDirector.getWorkingSolution().getProblem();
        if (generator == null || !generator.serves(problem)) {
            generator = new SerialScheduleGenerator(problem);
        }
        var fitting = generator;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<CorridorSchedule> next() {
                return fit(scoreDirector.getWorkingSolution(), fitting, random);
            }
        };
    }

    /** The refit of {@code plan}: its justified order, and a trade of the modes that changed. */
    static Move<CorridorSchedule> fit(CorridorSchedule plan, SerialScheduleGenerator generator, Random random) {
        var problem = plan.getProblem();
        int n = problem.stageCount();
        var byIndex = new StageJob[n];
        var modes = new ModeOption[n];
        var mayChange = new boolean[n];
        for (var job : plan.getJobs()) {
            byIndex[job.getIndex()] = job;
            modes[job.getIndex()] = job.getMode();
            mayChange[job.getIndex()] = job.getMode() != null && job.getSpec().modes().size() > 1
                    && random.nextDouble() < SHARE_FREE;
        }
        // The list the move leaves in place, so that the plain decode of it meets the same choices.
        var take = new JustifiedOrders().of(plan);
        var order = take.order().stream().filter(job -> job.getMode() != null).mapToInt(StageJob::getIndex).toArray();
        var before = modes.clone();
        generator.decodeFittingModes(order, modes, mayChange);
        var switches = new ArrayList<ModeTrade.Switch>();
        for (int k = 0; k < n; k++) {
            if (modes[k] != before[k]) {
                switches.add(new ModeTrade.Switch(byIndex[k], modes[k]));
            }
        }
        return CompositeMove.buildMove(take, new ModeTrade(switches));
    }
}
