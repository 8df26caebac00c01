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
 *
 * <p>Up to {@link #JUSTIFY_EVERY_MOVE_UP_TO} stages every list is justified (forward-backward
 * improvement); that costs two full decodes and a backward pass. Beyond, a list is decoded forward
 * from the latest decode ({@link IncrementalDecoder}), which re-decodes only what a move changed, and
 * justification is left to the move that takes up the justified order, which asks for it here.
 */
public final class Decodes {

    /**
     * Where per-move justification gives way to incremental decoding. At 1,000 stages a justified
     * decode costs as much as 16 incremental ones, at 10,000 as much as 26 (benchmarks/RESULTS.md,
     * Search at scale); below, plans (PSPLIB, Bering) keep the search whose quality was measured.
     */
    public static final int JUSTIFY_EVERY_MOVE_UP_TO = 1_000;

    private final ScheduleProblem problem;
    private final Thread owner = Thread.currentThread();
    private final JustifiedDecoder decoder;
    private final IncrementalDecoder incremental;
    private Entry previous;
    private Entry latest;
    /** The decode made for the move about to be done (see {@link #expect}), until the move asks for it. */
    private Entry expected;

    public Decodes(ScheduleProblem problem) {
        this.problem = problem;
        this.decoder = new JustifiedDecoder(problem);
        this.incremental = justifiesEveryMove(problem) ? null : new IncrementalDecoder(problem);
    }

    /** Whether every list of {@code problem} is justified, rather than decoded forward and incrementally. */
    public static boolean justifiesEveryMove(ScheduleProblem problem) {
        return problem.stageCount() <= JUSTIFY_EVERY_MOVE_UP_TO;
    }

    /** Whether this may serve {@code other} on the calling thread. */
    public boolean serves(ScheduleProblem other) {
        return problem == other && owner == Thread.currentThread();
    }

    /** The decode of {@code order} with {@code modes} that the search scores, made now or remembered. */
    public JustifiedDecoder.Justified of(int[] order, ModeOption[] modes) {
        if (latest != null && latest.isFor(order, modes)) {
            return latest.justified();
        }
        Entry found;
        if (previous != null && previous.isFor(order, modes)) {
            found = previous;
        } else if (expected != null && expected.isFor(order, modes)) {
            found = expected;
        } else {
            // Copies for keys: the caller may change its arrays, and the decode may hand back the order.
            var key = order.clone();
            var modesKey = modes.clone();
            if (incremental == null) {
                found = new Entry(key, modesKey, decoder.justify(key, modesKey), null);
            } else {
                var forward = incremental.decode(latest == null ? null : latest.forward(), key, modesKey);
                found = new Entry(key, modesKey, new JustifiedDecoder.Justified(key, forward.timetable()), forward);
            }
        }
        previous = latest;
        latest = found;
        expected = null;
        return found.justified();
    }

    /**
     * The decode {@link #of} would make of {@code order} with {@code modes}, with its standing, made
     * without taking the place of the latest decodes: for judging a move before it is offered. Only
     * where every list is justified.
     */
    public JustifiedDecoder.Ranked judge(int[] order, ModeOption[] modes) {
        return decoder.rank(order, modes);
    }

    /**
     * Tells the decodes that the next list asked for is {@code order} with {@code modes}, whose
     * {@link #judge}d decode is {@code justified}: a judged move is then not decoded a second time
     * when it is done. The arrays must not change after.
     */
    public void expect(int[] order, ModeOption[] modes, JustifiedDecoder.Justified justified) {
        expected = new Entry(order, modes, justified, null);
    }

    /**
     * The forward decode behind the latest {@link #of}, with what it changed from the decode it was
     * made from; null where every list is justified.
     */
    public ForwardDecode latestForward() {
        return latest == null ? null : latest.forward();
    }

    /**
     * The order forward-backward improvement finds for {@code order} with {@code modes}: the order the
     * decode of {@link #of} came from where every list is justified. Else the order the backward pass
     * suggests from the list's forward decode (most often the one just made), whether or not it
     * decodes to a better plan: the search evaluates it as it evaluates any move.
     */
    public int[] justifiedOrder(int[] order, ModeOption[] modes) {
        if (incremental == null) {
            return of(order, modes).order();
        }
        return decoder.suggestedOrder(order, modes, of(order, modes).timetable());
    }

    private record Entry(int[] order, ModeOption[] modes, JustifiedDecoder.Justified justified, ForwardDecode forward) {

        boolean isFor(int[] otherOrder, ModeOption[] otherModes) {
            return Arrays.equals(order, otherOrder) && Arrays.equals(modes, otherModes);
        }
    }
}
