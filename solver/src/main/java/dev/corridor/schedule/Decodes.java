package dev.corridor.schedule;

import java.util.Arrays;

/**
 * The latest decodes of a working plan, kept with the list and modes they came from. Timefold
 * evaluates a move by doing and undoing it, so the undo brings back a list decoded just before;
 * and the move that takes up the justified order asks for the decode of the plan as it stands,
 * which the listeners have just made. Both are served from here instead of decoding again. Not
 * thread-safe: one per working plan.
 */
final class Decodes {

    private final ScheduleProblem problem;
    private final JustifiedDecoder decoder;
    private Entry previous;
    private Entry latest;

    Decodes(ScheduleProblem problem) {
        this.problem = problem;
        this.decoder = new JustifiedDecoder(problem);
    }

    boolean isFor(ScheduleProblem other) {
        return problem == other;
    }

    /** The justified decode of {@code order} with {@code modes}, made now or remembered. */
    JustifiedDecoder.Justified of(int[] order, ModeOption[] modes) {
        if (latest != null && latest.isFor(order, modes)) {
            return latest.justified();
        }
        Entry found;
        if (previous != null && previous.isFor(order, modes)) {
            found = previous;
        } else {
            found = new Entry(order.clone(), modes.clone(), decoder.justify(order, modes));
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
