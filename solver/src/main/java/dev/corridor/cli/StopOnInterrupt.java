package dev.corridor.cli;

import dev.corridor.SolveControl;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or a plain kill) during a long run stops the work instead of the process: a solve's best
 * plan so far is financed, explained and written as usual, a risk analysis reports the scenarios
 * done, and only then does the process end. Held open for the run and the writing; closing it lets
 * an interrupted process exit.
 */
final class StopOnInterrupt implements AutoCloseable {

    /** Financing, explaining and writing a large plan can take a while; past this, give up. */
    private static final long GRACE_SECONDS = 120;

    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    StopOnInterrupt(SolveControl control, PrintWriter err) {
        this(control::stop, "corridor solve: stopping; writing the best plan found so far (Ctrl-C again does not hurry it).",
                err);
    }

    /** On an interrupt, says {@code stopping} and runs {@code stop}, then waits for the writing. */
    StopOnInterrupt(Runnable stop, String stopping, PrintWriter err) {
        this.hook = new Thread(() -> {
            err.println();
            err.println(stopping);
            err.flush();
            stop.run();
            try {
                written.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "corridor-stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it sees the count-down and lets the process end.
        }
    }
}
