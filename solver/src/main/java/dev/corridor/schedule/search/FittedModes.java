package dev.corridor.schedule.search;

import dev.corridor.schedule.CorridorSchedule;
import dev.corridor.schedule.StageJob;
import dev.corridor.schedule.decode.SerialScheduleGenerator;
import dev.corridor.schedule.problem.ModeOption;
import java.util.ArrayList;
import java.util.Random;

/**
 * Offers the local search the modes refitted to the plan as it stands: the justified order of the
 * plan is decoded again, and each stage in turn may take the mode that finishes it first there
 * (see {@link SerialScheduleGenerator#decodeFittingModes}). The move takes up that order and those
 * modes together, so its plan is at least as short as the refitting decode. A mode trade asks which
 * stages could give up stock; this asks of the schedule in hand which modes it would rather have,
 * the mode improvement of the strongest published multi-mode searches. Half of the stages, drawn
 * anew each time, keep their modes, so the move is not the same one over and over. Timefold runs a
 * refit as one {@link TimefoldMoves.Rearrange}.
 */
final class FittedModes {

    /** A refit: the order to take up and the modes that change with it. */
    record Refit(TakeJustifiedOrder order, ModeTrade modes) {
    }

    /**
     * The chance that a stage may change its mode in one refit: half reached the best known on more
     * of the multi-mode sample than every stage or a quarter (benchmarks/RESULTS.md, Search
     * experiments). With every stage free, a plan has one refit only.
     */
    private static final double SHARE_FREE = 0.5;

    /**
     * Kept across steps, as the generator's work arrays run the length of the horizon. One of these
     * serves one solver, whose moves are drawn on one thread.
     */
    private SerialScheduleGenerator generator;

    /** A refit of the plan as it stands, half of its stages free to change mode. */
    Refit next(CorridorSchedule plan, Random random) {
        var problem = plan.getProblem();
        if (generator == null || !generator.serves(problem)) {
            generator = new SerialScheduleGenerator(problem);
        }
        return fit(plan, generator, random);
    }

    /** The refit of {@code plan}: its justified order, and a trade of the modes that changed. */
    static Refit fit(CorridorSchedule plan, SerialScheduleGenerator generator, Random random) {
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
        var take = JustifiedOrders.of(plan);
        var order = take.order().stream().filter(job -> job.getMode() != null).mapToInt(StageJob::getIndex).toArray();
        var before = modes.clone();
        generator.decodeFittingModes(order, modes, mayChange);
        var switches = new ArrayList<ModeTrade.Switch>();
        for (int k = 0; k < n; k++) {
            if (modes[k] != before[k]) {
                switches.add(new ModeTrade.Switch(byIndex[k], modes[k]));
            }
        }
        return new Refit(take, new ModeTrade(switches));
    }
}
