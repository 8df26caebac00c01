package dev.corridor.benchmarks.psplib;

import dev.corridor.benchmarks.psplib.CpSatPeer.Answer;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Solves a folder of PSPLIB instances, checks every schedule with the independent checker, and
 * compares with the known bounds, the critical-path bound and the LFT priority rule.
 */
final class PsplibBench {

    private final Duration timeLimit;
    /** corridor's local-search steps per instance, or null for the time limit alone. */
    private final Integer stepLimit;
    private final long seed;
    private final PrintWriter out;
    /** Threads for the CP-SAT peer, or 0 for no peer. corridor's search uses one thread. */
    private final int peerThreads;
    /**
     * How many solves run at once, each on its own thread: 1 solves one engine on one instance at a
     * time; 2 with a peer solves corridor and CP-SAT on the same instance side by side, a core each.
     */
    private final int jobs;

    PsplibBench(Duration timeLimit, long seed, PrintWriter out) {
        this(timeLimit, seed, out, 0, 1);
    }

    PsplibBench(Duration timeLimit, long seed, PrintWriter out, int peerThreads) {
        this(timeLimit, seed, out, peerThreads, 1);
    }

    PsplibBench(Duration timeLimit, long seed, PrintWriter out, int peerThreads, int jobs) {
        this(timeLimit, null, seed, out, peerThreads, jobs);
    }

    PsplibBench(Duration timeLimit, Integer stepLimit, long seed, PrintWriter out, int peerThreads, int jobs) {
        this.timeLimit = timeLimit;
        this.stepLimit = stepLimit;
        this.seed = seed;
        this.out = out;
        this.peerThreads = peerThreads;
        this.jobs = jobs;
    }

    /** The instances in a folder, in PSPLIB order: parameter, then instance number. */
    static List<Path> instances(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".sm") || f.toString().endsWith(".mm"))
                    .filter(f -> !f.getFileName().toString().contains("hrs") && !f.getFileName().toString().contains("opt")
                            && !f.getFileName().toString().contains("lb"))
                    .sorted(Comparator.comparing(PsplibBench::sortKey)).toList();
        }
    }

    /** An instance's name: its file's, without the extension. */
    static String instanceName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    private static String sortKey(Path file) {
        var name = instanceName(file);
        var matcher = Pattern.compile("(\\d+)_(\\d+)$").matcher(name);
        if (!matcher.find()) {
            return name;
        }
        var prefix = name.substring(0, matcher.start());
        return prefix + String.format("%08d_%04d", Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    List<InstanceResult> run(List<Path> files, Bounds bounds) throws InvalidInputException, IOException {
        return run(files, bounds, List.of(), null);
    }

    /**
     * Solves the instances in {@code files} that {@code done} (results of an earlier run under the
     * same settings) does not hold, and returns all of them in PSPLIB order. With a {@code csv} file,
     * the results so far are written there after every instance.
     */
    List<InstanceResult> run(List<Path> files, Bounds bounds, List<InstanceResult> done, Path csv)
            throws InvalidInputException, IOException {
        return run(files, bounds, done, csv, null);
    }

    /**
     * As {@link #run(List, Bounds, List, Path)}, the instances solved on {@code engine} (a cluster;
     * null for this machine): all at once, then printed and written in PSPLIB order.
     */
    List<InstanceResult> run(List<Path> files, Bounds bounds, List<InstanceResult> done, Path csv, BenchEngine engine)
            throws InvalidInputException, IOException {
        if (engine != null) {
            return runOn(engine, files, bounds, done, csv);
        }
        var results = new ArrayList<InstanceResult>();
        var earlier = new HashMap<String, InstanceResult>();
        done.forEach(result -> earlier.put(result.instance(), result));
        printHeader();
        var pool = Executors.newFixedThreadPool(jobs);
        try {
            // Every solve is queued at once and taken up in order, so at most `jobs` run at a time;
            // results are printed in PSPLIB order as they come in.
            var pending = new ArrayList<Pending>();
            for (var file : files) {
                var name = instanceName(file);
                if (earlier.containsKey(name)) {
                    pending.add(new Pending(name, null, null, null, null, earlier.get(name)));
                    continue;
                }
                Project project;
                try {
                    project = DatasetFiles.read(file);
                } catch (InvalidInputException e) {
                    // One unreadable instance should not cost the rest of a run that takes hours.
                    pending.add(new Pending(name, null, null, null, e.problems().get(0).message(), null));
                    continue;
                }
                var ours = pool.submit(() -> solveOurs(project));
                var peer = peerThreads > 0 ? pool.submit(() -> solvePeer(project)) : null;
                pending.add(new Pending(name, project, ours, peer, null, null));
            }
            for (int i = 0; i < pending.size(); i++) {
                var instance = pending.get(i);
                if (instance.unreadable() != null) {
                    out.printf(Locale.ROOT, "%-12s unreadable, left out: %s%n", instance.name(), instance.unreadable());
                    out.flush();
                    continue;
                }
                var result = instance.result(bounds);
                results.add(result);
                print(result);
                if (csv != null && instance.earlier() == null) {
                    // The earlier results still ahead go back into the file too: a run stopped now keeps them.
                    var kept = new ArrayList<>(results);
                    pending.subList(i + 1, pending.size()).stream().map(Pending::earlier).filter(Objects::nonNull)
                            .forEach(kept::add);
                    ResultsCsv.write(kept, settings(), csv);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (csv != null) {
            ResultsCsv.write(results, settings(), csv);
        }
        return results;
    }

    private List<InstanceResult> runOn(BenchEngine engine, List<Path> files, Bounds bounds, List<InstanceResult> done,
            Path csv) throws IOException {
        printHeader();
        var earlier = new HashMap<String, InstanceResult>();
        done.forEach(result -> earlier.put(result.instance(), result));
        var items = new ArrayList<BenchItem>();
        var byName = new HashMap<String, Solved>();
        for (var file : files) {
            var name = instanceName(file);
            if (!earlier.containsKey(name)) {
                var bound = bounds.of(name);
                try {
                    items.add(new BenchItem(name, dev.corridor.model.io.ProjectJson.readText(file),
                            bound == null ? null : bound.lower(), bound == null ? null : bound.bestKnown()));
                } catch (InvalidInputException e) {
                    // Not even text (bytes that are no UTF-8): left out here, as the local run leaves it out.
                    byName.put(name, new Solved(null, e.problems().get(0).message()));
                }
            }
        }
        var solved = engine.solve(items, solveSettings());
        for (int i = 0; i < items.size(); i++) {
            byName.put(items.get(i).name(), solved.get(i));
        }
        var results = new ArrayList<InstanceResult>();
        for (var file : files) {
            var name = instanceName(file);
            var result = earlier.containsKey(name) ? earlier.get(name) : byName.get(name).result();
            if (result == null) {
                // One unreadable instance should not cost the rest of a run that takes hours.
                out.printf(Locale.ROOT, "%-12s unreadable, left out: %s%n", name, byName.get(name).unreadable());
                out.flush();
                continue;
            }
            results.add(result);
            print(result);
        }
        if (csv != null) {
            ResultsCsv.write(results, settings(), csv);
        }
        return results;
    }

    private void printHeader() {
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s %9s %9s %7s%s%n", "instance", "makespan", "LFT", "CP-LB",
                "LB", "best", "% > CP", "% > best", "check", peerThreads > 0 ? String.format("  %8s %7s", "CP-SAT", "check") : "");
    }

    /** The settings every result of this bench is solved under, as its CSV records them. */
    ResultsCsv.Settings settings() {
        return new ResultsCsv.Settings(timeLimit.toMillis(), seed, peerThreads);
    }

    /** One instance on its way: the solves queued for it, why it could not be read, or its result from an earlier run. */
    private record Pending(String name, Project project, Future<InstanceSolver.Ours> ours, Future<Answer> peer, String unreadable,
            InstanceResult earlier) {

        InstanceResult result(Bounds bounds) {
            if (earlier != null) {
                return earlier;
            }
            var bound = bounds.of(name);
            return InstanceSolver.result(name, project, await(ours), peer == null ? null : await(peer),
                    bound == null ? null : bound.lower(), bound == null ? null : bound.bestKnown());
        }
    }

    private InstanceSolver.Ours solveOurs(Project project) {
        return InstanceSolver.ours(project, solveSettings());
    }

    /** How each instance is solved, as an engine elsewhere is told. */
    SolveSettings solveSettings() {
        return new SolveSettings(timeLimit, stepLimit, seed, peerThreads);
    }

    private Answer solvePeer(Project project) {
        return CpSatPeer.solve(project, timeLimit, peerThreads, seed);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The benchmark run was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void print(InstanceResult result) {
        var peer = result.peer();
        out.printf(Locale.ROOT, "%-12s %8d %8d %8d %8s %8s %8.2f%% %9s %7s%s%n", result.instance(), result.makespan(),
                result.baseline(), result.criticalPath(), text(result.lowerBound()), text(result.bestKnown()),
                result.aboveCriticalPath(),
                result.aboveBestKnown() == null ? "" : String.format(Locale.ROOT, "%.2f%%", result.aboveBestKnown()),
                !result.checked() ? "BROKEN" : result.feasible() ? "ok" : "infeas.",
                peer == null ? "" : String.format(Locale.ROOT, "  %8s %7s", peer.found() ? peer.makespan() : "none",
                        !peer.found() ? "" : peer.checked() ? "ok" : "BROKEN"));
        out.flush();
    }

    static String summary(List<InstanceResult> results) {
        var text = new StringBuilder();
        int n = results.size();
        var all = results;
        // A plan the checker rejects counts in no quality figure, whatever it claims.
        results = results.stream().filter(r -> r.feasible() && r.checked()).toList();
        double aboveCp = results.stream().mapToDouble(InstanceResult::aboveCriticalPath).average().orElse(0);
        double baselineAboveCp = results.stream()
                .mapToDouble(r -> 100.0 * (r.baseline() - r.criticalPath()) / r.criticalPath()).average().orElse(0);
        var withBest = results.stream().filter(r -> r.bestKnown() != null).toList();
        double aboveBest = withBest.stream().mapToDouble(InstanceResult::aboveBestKnown).average().orElse(Double.NaN);
        long atBest = withBest.stream().filter(r -> r.makespan() <= r.bestKnown()).count();
        long provenOptimal = results.stream().filter(r -> r.lowerBound() != null && r.bestKnown() != null
                && r.lowerBound().equals(r.bestKnown())).count();
        long atOptimum = results.stream().filter(InstanceResult::provenOptimal).count();
        long counted = results.size();
        long broken = all.stream().filter(r -> !r.checked()).count();
        long infeasible = all.stream().filter(r -> r.checked() && !r.feasible()).count();
        long infeasibleUnknown = all.stream().filter(r -> r.checked() && !r.feasible() && r.bestKnown() == null).count();
        double seconds = all.stream().mapToLong(InstanceResult::millis).sum() / 1000.0;
        text.append(String.format(Locale.ROOT, "%ninstances            %d (%d feasible and checked, %d failing the independent check)%n",
                n, counted, broken));
        if (infeasible > 0) {
            text.append(String.format(Locale.ROOT, "no feasible plan     %d, of which %d have no known feasible schedule (not in the bounds)%n",
                    infeasible, infeasibleUnknown));
        }
        if (counted < n) {
            text.append("averages below are over the feasible plans the independent check confirms\n");
        }
        text.append(String.format(Locale.ROOT, "above critical path  %.2f %% on average (LFT rule alone: %.2f %%)%n",
                aboveCp, baselineAboveCp));
        if (!withBest.isEmpty()) {
            text.append(String.format(Locale.ROOT, "above best known     %.2f %% on average; %d of %d at or below it%n",
                    aboveBest, atBest, withBest.size()));
        }
        if (provenOptimal > 0) {
            text.append(String.format(Locale.ROOT, "at proven optimum    %d of %d closed instances%n", atOptimum, provenOptimal));
        }
        text.append(String.format(Locale.ROOT, "time                 %.1f s in all, %.2f s per instance%n", seconds,
                n == 0 ? 0 : seconds / n));
        // Likewise a peer's schedule counts only where it found one and the checker accepts it.
        var withPeer = results.stream().filter(r -> r.peer() != null && r.peer().found() && r.peer().checked()).toList();
        if (!withPeer.isEmpty()) {
            double peerAboveCp = withPeer.stream()
                    .mapToDouble(r -> 100.0 * (r.peer().makespan() - r.criticalPath()) / r.criticalPath()).average().orElse(0);
            double oursAboveCp = withPeer.stream().mapToDouble(InstanceResult::aboveCriticalPath).average().orElse(0);
            long peerMissing = results.stream().filter(r -> r.peer() != null && !r.peer().found()).count();
            long peerBroken = results.stream().filter(r -> r.peer() != null && r.peer().broken()).count();
            long better = withPeer.stream().filter(r -> r.makespan() < r.peer().makespan()).count();
            long worse = withPeer.stream().filter(r -> r.makespan() > r.peer().makespan()).count();
            text.append(String.format(Locale.ROOT, "%nCP-SAT (same time limit) on the %d instances it solved (%d without a schedule, %d failing the check):%n",
                    withPeer.size(), peerMissing, peerBroken));
            text.append(String.format(Locale.ROOT, "  above critical path  corridor %.2f %%, CP-SAT %.2f %% (ratio %.3f)%n",
                    oursAboveCp, peerAboveCp, peerAboveCp == 0 ? Double.NaN : oursAboveCp / peerAboveCp));
            var peerWithBest = withPeer.stream().filter(r -> r.bestKnown() != null).toList();
            if (!peerWithBest.isEmpty()) {
                double ours = peerWithBest.stream().mapToDouble(InstanceResult::aboveBestKnown).average().orElse(0);
                double theirs = peerWithBest.stream()
                        .mapToDouble(r -> 100.0 * (r.peer().makespan() - r.bestKnown()) / r.bestKnown()).average().orElse(0);
                text.append(String.format(Locale.ROOT, "  above best known     corridor %.2f %%, CP-SAT %.2f %%%n", ours, theirs));
            }
            text.append(String.format(Locale.ROOT, "  corridor shorter on %d, longer on %d, equal on %d%n", better, worse,
                    withPeer.size() - better - worse));
        }
        return text.toString();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
