package dev.corridor.cli;

import dev.corridor.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A long run's progress on one line of the terminal, redrawn in place at most a few times a second;
 * where the output is not a terminal, a plain line every few seconds instead. What a report of
 * progress says is the command's to write.
 */
final class ProgressLine<T> implements Consumer<T> {

    private final PrintWriter err;
    private final boolean terminal;
    private final long everyNanos;
    private final Function<T, String> describe;
    private long lastShown;
    private int lastLength;
    private T latest;
    private final long started = System.nanoTime();
    private final java.util.concurrent.ScheduledExecutorService clock;

    ProgressLine(PrintWriter err, boolean terminal, Function<T, String> describe) {
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = terminal ? 200_000_000L : 2_000_000_000L;
        this.describe = describe;
        // On a terminal the clock keeps running between reports, which can be minutes apart.
        this.clock = terminal ? java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "corridor-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (clock != null) {
            clock.scheduleAtFixedRate(this::tick, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private synchronized void tick() {
        if (latest != null) {
            show(latest);
        }
    }

    @Override
    public synchronized void accept(T progress) {
        latest = progress;
        long now = System.nanoTime();
        if (lastShown != 0 && now - lastShown < everyNanos) {
            return;
        }
        lastShown = now;
        show(progress);
    }

    /** Shows the last progress and ends the line, so what follows starts on a fresh one. */
    synchronized void finish() {
        if (clock != null) {
            clock.shutdownNow();
        }
        if (latest != null && terminal) {
            show(latest);
            err.println();
            err.flush();
        }
    }

    /** What a solve's progress line says: the round and the best plan so far. */
    static Function<Progress, String> ofSolve(String unit) {
        return progress -> String.format(Locale.ROOT, "%s  best: %s, ends after %d %s  (score %s)",
                progress.round() == 0 ? "scheduling" : "finance round " + progress.round() + " of " + progress.rounds(),
                progress.feasible() ? "feasible" : "not yet feasible", progress.makespan(), unit, progress.bestScore());
    }

    private void show(T progress) {
        var line = String.format(Locale.ROOT, "%7.1f s  %s", (System.nanoTime() - started) / 1e9, describe.apply(progress));
        if (terminal) {
            // Pad over what a longer previous line left behind.
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
