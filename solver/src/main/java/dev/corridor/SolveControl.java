package dev.corridor;

import ai.timefold.solver.core.api.solver.Solver;
import java.util.function.Consumer;

/**
 * Watches and stops a solve from outside: a listener hears of every better plan, and {@link #stop()}
 * ends the search at its next step, from any thread (a Ctrl-C handler, a UI button). A stopped
 * solve still returns a whole plan: the best found so far, financed and explained.
 */
public final class SolveControl {

    private final Consumer<Progress> listener;
    private final long started = System.nanoTime();
    private volatile boolean stopped;
    private Solver<?> running;

    public SolveControl(Consumer<Progress> listener) {
        this.listener = listener;
    }

    /** No listener; can still be stopped. */
    public static SolveControl none() {
        return new SolveControl(progress -> {
        });
    }

    /** Ends the running search at its next step and skips the rounds not yet begun. Safe from any thread. */
    public void stop() {
        Solver<?> solver;
        synchronized (this) {
            stopped = true;
            solver = running;
        }
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Time since this control was made, which is when the solve began for the caller. */
    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - started);
    }

    /** For the planner: the search now running, which {@link #stop()} must reach. */
    public void running(Solver<?> solver) {
        synchronized (this) {
            running = solver;
        }
    }

    /** For the planner: tells the listener of a better plan. */
    public void report(Progress progress) {
        listener.accept(progress);
    }
}
