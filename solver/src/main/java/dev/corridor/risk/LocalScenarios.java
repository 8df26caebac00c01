package dev.corridor.risk;

import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The scenarios on this machine's threads, each thread taking every n-th one. */
public final class LocalScenarios implements ScenarioEngine {

    private final RiskAnalysis analysis;
    private final int threads;

    public LocalScenarios(RiskAnalysis analysis, int threads) {
        this.analysis = analysis;
        this.threads = Math.max(1, threads);
    }

    @Override
    public Outcome[][] run(ScenarioBatch batch, RiskWatch watch) {
        int size = batch.size();
        var results = new Outcome[size][];
        var done = new AtomicInteger(batch.offset());
        // The first failure stops every thread at its next scenario; the lowest failing one is named.
        var failures = new java.util.concurrent.ConcurrentSkipListMap<Integer, RuntimeException>();
        int workers = Math.min(threads, size);
        var pool = Executors.newFixedThreadPool(workers);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int w = 0; w < workers; w++) {
                final int first = w;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < size && !watch.isStopped() && failures.isEmpty(); i += workers) {
                        try {
                            results[i] = analysis.scenario(batch, i);
                        } catch (RuntimeException e) {
                            failures.put(i, e);
                            return;
                        }
                        watch.progress(done.incrementAndGet(), batch.iterations());
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the risk analysis.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            var first = failures.firstEntry();
            // Named, so that the scenario can be run again alone.
            throw new IllegalStateException("Scenario " + (batch.offset() + first.getKey()) + " of " + batch.iterations()
                    + " (seed " + batch.seed() + ") failed: " + first.getValue().getMessage(), first.getValue());
        }
        return results;
    }
}
