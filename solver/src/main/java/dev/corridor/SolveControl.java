package dev.corridor;

import dev.corridor.schedule.search.SearchWatch;
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
    private Runnable running;

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
        Runnable stopRunning;
        synchronized (this) {
            stopped = true;
            stopRunning = running;
        }
        if (stopRunning != null) {
            stopRunning.run();
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Time since this control was made, which is when the solve began for the caller. */
    public java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(System.nanoTime() - started);
    }

    /** The watch of one search of the solve: {@code round} 0 schedules alone, then the finance rounds. */
    SearchWatch watch(int round, int rounds) {
        return new SearchWatch() {
            @Override
            public boolean isStopped() {
                return stopped;
            }

            @Override
            public void running(Runnable stop) {
                synchronized (SolveControl.this) {
                    running = stop;
                }
            }

            @Override
            public void improved(String bestScore, int makespan, boolean feasible) {
                listener.accept(new Progress(round, rounds, bestScore, makespan, feasible, elapsed()));
            }
        };
    }
}
