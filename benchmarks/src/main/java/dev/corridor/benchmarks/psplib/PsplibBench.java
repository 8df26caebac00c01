package dev.corridor.benchmarks.psplib;

import dev.corridor.Planner;
import dev.corridor.SolveOptions;
import dev.corridor.check.PlanChecker;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.schedule.PriorityRule;
import dev.corridor.schedule.ScheduleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Solves a folder of PSPLIB instances, checks every schedule with the independent checker, and
 * compares with the known bounds, the critical-path bound and the LFT priority rule.
 */
final class PsplibBench {

    private final Duration timeLimit;
    private final long seed;
    private final PrintWriter out;

    PsplibBench(Duration timeLimit, long seed, PrintWriter out) {
        this.timeLimit = timeLimit;
        this.seed = seed;
        this.out = out;
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

    private static String sortKey(Path file) {
        var name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        var matcher = Pattern.compile("(\\d+)_(\\d+)$").matcher(name);
        if (!matcher.find()) {
            return name;
        }
        var prefix = name.substring(0, matcher.start());
        return prefix + String.format("%08d_%04d", Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    List<InstanceResult> run(List<Path> files, Bounds bounds) throws InvalidInputException {
        var results = new ArrayList<InstanceResult>();
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s %9s %9s %7s%n", "instance", "makespan", "LFT", "CP-LB",
                "LB", "best", "% > CP", "% > best", "check");
        for (var file : files) {
            var name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            var project = DatasetFiles.read(file);
            var problem = ScheduleProblem.of(project);
            int baseline = PriorityRule.latestFinishTime(problem).makespan();
            long started = System.nanoTime();
            var plan = Planner.solve(project, new SolveOptions(timeLimit, null, seed, 0));
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean checked = PlanChecker.violations(project, plan).isEmpty();
            var bound = bounds.of(name);
            var result = new InstanceResult(name, plan.makespan(), plan.feasible(), checked, CriticalPath.length(project),
                    bound == null ? null : bound.lower(), bound == null ? null : bound.bestKnown(), baseline, millis);
            results.add(result);
            out.printf(Locale.ROOT, "%-12s %8d %8d %8d %8s %8s %8.2f%% %9s %7s%n", name, result.makespan(), baseline,
                    result.criticalPath(), text(result.lowerBound()), text(result.bestKnown()), result.aboveCriticalPath(),
                    result.aboveBestKnown() == null ? "" : String.format(Locale.ROOT, "%.2f%%", result.aboveBestKnown()),
                    !checked ? "BROKEN" : result.feasible() ? "ok" : "infeas.");
            out.flush();
        }
        return results;
    }

    static String summary(List<InstanceResult> results) {
        var text = new StringBuilder();
        int n = results.size();
        double aboveCp = results.stream().mapToDouble(InstanceResult::aboveCriticalPath).average().orElse(0);
        double baselineAboveCp = results.stream()
                .mapToDouble(r -> 100.0 * (r.baseline() - r.criticalPath()) / r.criticalPath()).average().orElse(0);
        var withBest = results.stream().filter(r -> r.bestKnown() != null).toList();
        double aboveBest = withBest.stream().mapToDouble(InstanceResult::aboveBestKnown).average().orElse(Double.NaN);
        long atBest = withBest.stream().filter(r -> r.makespan() <= r.bestKnown()).count();
        long provenOptimal = results.stream().filter(r -> r.lowerBound() != null && r.bestKnown() != null
                && r.lowerBound().equals(r.bestKnown())).count();
        long atOptimum = results.stream().filter(InstanceResult::provenOptimal).count();
        long feasible = results.stream().filter(InstanceResult::feasible).count();
        long broken = results.stream().filter(r -> !r.checked()).count();
        double seconds = results.stream().mapToLong(InstanceResult::millis).sum() / 1000.0;
        text.append(String.format(Locale.ROOT, "%ninstances            %d (%d feasible, %d failing the independent check)%n",
                n, feasible, broken));
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
        return text.toString();
    }

    static void writeCsv(List<InstanceResult> results, Path file) throws IOException {
        var csv = new StringBuilder("instance,makespan,feasible,checked,critical_path,lower_bound,best_known,lft_rule,"
                + "above_critical_path_pct,above_best_known_pct,millis\n");
        for (var r : results) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%b,%b,%d,%s,%s,%d,%.4f,%s,%d%n", r.instance(), r.makespan(),
                    r.feasible(), r.checked(), r.criticalPath(), text(r.lowerBound()), text(r.bestKnown()), r.baseline(),
                    r.aboveCriticalPath(), r.aboveBestKnown() == null ? "" : String.format(Locale.ROOT, "%.4f", r.aboveBestKnown()),
                    r.millis()));
        }
        JsonFiles.writeAtomically(file, csv.toString());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
