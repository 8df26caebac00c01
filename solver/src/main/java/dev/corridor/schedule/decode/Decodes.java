package dev.corridor.schedule.decode;

import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import java.util.Arrays;

/**
 * The latest decodes of a working plan, kept with the list and modes they came from. Timefold
 * evaluates a move by doing and undoing it, so the undo brings back a list decoded just before;
 * and the move that takes up the justified order asks for the decode of the plan as it stands,
 * which the listeners have just made. Both are served from here instead of decoding again. Not
 * thread-safe: the plan's clones share it, so it serves only the thread that made it (the solver's),
 * and a clone decoded on another thread gets one of its own.
 */
public final class Decodes {

    private final ScheduleProblem problem;
    private final Thread owner = Thread.currentThread();
    private final JustifiedDecoder decoder;
    private Entry previous;
    private Entry latest;

    public Decodes(ScheduleProblem problem) {
        this.problem = problem;
        this.decoder = new JustifiedDecoder(problem);
    }

    /** Whether this may serve {@code other} on the calling thread. */
    public boolean serves(ScheduleProblem other) {
        return problem == other && owner == Thread.currentThread();
    }

    /** The justified decode of {@code order} with {@code modes}, made now or remembered. */
    public JustifiedDecoder.Justified of(int[] order, ModeOption[] modes) {
        if (latest != null && latest.isFor(order, modes)) {
            return latest.justified();
        }
        Entry found;
        if (previous != null && previous.isFor(order, modes)) {
            found = previous;
        } else {
            // Copies for keys: the caller may change its arrays, and the decode may hand back the order.
            var key = order.clone();
            var modesKey = modes.clone();
            found = new Entry(key, modesKey, decoder.justify(key, modesKey));
        }
        previous = latest;
        latest = found;
        return found.justified();
    }

    private record Entry(int[] order, ModeOption[] modes, JustifiedDecoder.Justified justified) {

        boolean isFor(int[] otherOrder, ModeOption[] otherModes) {
            return Arrays.equals(order, otherOrder) && Arrays.equals(modes, otherModes);
        }
    }
}
