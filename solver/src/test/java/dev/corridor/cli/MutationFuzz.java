package dev.corridor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corridor.support.Mutator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs every command on mutants of the shipped datasets and of plans solved from them, and holds
 * each run to the rules a user relies on: exit 0, 2 or 3 only; no stack trace, exception name or
 * internal error; every plan solve or finance writes confirmed by the independent checker; the inputs unchanged; no output written when the input is refused, none left
 * half-written (no temporary file behind, every written file whole), and an existing file that is
 * not the tool's own never overwritten without --force. Mutant n of a run with seed s is the same
 * on every machine, so a failure can be replayed from its number.
 */
final class MutationFuzz {

    static final List<Path> SEEDS = List.of(Path.of("datasets", "demo-small.json"),
            Path.of("datasets", "bering-strait.json"), Path.of("datasets", "bering-strait-talks-collapse.json"),
            Path.of("datasets", "bering-strait-update-2036-01.json"),
            Path.of("datasets", "psplib", "j30", "j301_1.sm"), Path.of("datasets", "psplib", "j30mm", "j3010_1.mm"),
            Path.of("datasets", "samples", "takt-building.xer"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRECIOUS = "a file of the user's that no command may overwrite without --force\n";

    /** One broken promise: which mutant, what was done to it, which command, what it did. */
    record Failure(int mutant, String seed, List<String> mutations, List<String> command, int exit, String problem,
            String output) {

        @Override
        public String toString() {
            return "mutant " + mutant + " of " + seed + " " + mutations + ": corridor " + String.join(" ", command)
                    + " exited " + exit + ": " + problem + "\n" + output.lines().limit(12).reduce("", (a, b) -> a + "    " + b + "\n");
        }
    }

    /** What a run did: how often each command ended with each exit code, and what went wrong. */
    record Report(int mutants, Map<String, Map<Integer, Integer>> exits, List<Failure> failures) {
    }

    private final Path work;
    private final long seed;
    private final List<Path> plans = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> exits = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();

    MutationFuzz(Path work, long seed) {
        this.work = work;
        this.seed = seed;
    }

    Report run(int mutants) throws IOException {
        for (int s = 0; s < SEEDS.size(); s++) {
            var plan = work.resolve("base-" + s + ".plan.json");
            var solved = CliRun.of("solve", SEEDS.get(s).toString(), "--step-limit", "20", "--finance-rounds", "0",
                    "--no-progress", "-o", plan.toString());
            if (!Files.exists(plan)) {
                throw new IllegalStateException("The unmutated " + SEEDS.get(s) + " did not solve: " + solved.err());
            }
            plans.add(plan);
        }
        int done = 0;
        try {
            for (; done < mutants; done++) {
                mutant(done);
            }
        } catch (Stuck stuck) {
            done++;
        } finally {
            runner.shutdownNow();
        }
        return new Report(done, exits, failures);
    }

    private void mutant(int n) throws IOException {
        int s = n % SEEDS.size();
        var source = SEEDS.get(s);
        var mutator = new Mutator(new Random(seed * 1_000_003L + n));
        var dir = work.resolve("mutant");
        clean(dir);
        var out = Files.createDirectories(dir.resolve("out"));
        var precious = out.resolve("precious.json");
        Files.writeString(precious, PRECIOUS);
        var dataset = source;
        var plan = plans.get(s);
        boolean planMutant = n % 2 == 1;
        var random = new Random(seed * 7_919L + n);
        if (planMutant) {
            plan = dir.resolve("mutant.plan.json");
            Files.write(plan, bytes(mutator.mutate(Files.readString(plans.get(s)), true), random));
        } else {
            var name = source.getFileName().toString();
            dataset = dir.resolve("mutant" + name.substring(name.lastIndexOf('.')));
            Files.write(dataset, bytes(mutator.mutate(Files.readString(source, StandardCharsets.UTF_8),
                    name.endsWith(".json")), random));
        }
        var d = dataset.toString();
        var p = plan.toString();
        var commands = new ArrayList<List<String>>();
        if (!planMutant) {
            commands.add(List.of("validate", d));
            commands.add(List.of("solve", d, "--step-limit", "2", "--finance-rounds", "0", "--no-progress", "-o",
                    out.resolve("solved.plan.json").toString()));
            commands.add(List.of("convert", d, "-o", out.resolve("converted.json").toString()));
            commands.add(List.of("convert", d, "-o", precious.toString()));
        }
        commands.add(List.of("check", d, p));
        commands.add(List.of("finance", d, p, "-o", out.resolve("financed.plan.json").toString()));
        commands.add(List.of("explain", p, "--dataset", d));
        commands.add(List.of("export", p, "--dataset", d, "-o", out.resolve("plan.xml").toString()));
        commands.add(List.of("progress", d, p, "--data-date", "3", "-o", out.resolve("update.json").toString()));
        commands.add(List.of("risk", d, "--plan", p, "--iterations", "20", "-o", out.resolve("risk.json").toString()));
        commands.add(List.of("risk", d, "--plan", p, "--iterations", "4", "--policy", "replan", "--replan-steps", "3",
                "--report", out.resolve("risk.html").toString()));
        commands.add(List.of("progress", d, p, "--data-date", "3", "-o", precious.toString()));
        if (planMutant) {
            commands.add(List.of("explain", p));
            commands.add(List.of("report", p, "-o", out.resolve("page.html").toString()));
            commands.add(List.of("report", p, "-o", precious.toString()));
        }
        var inputs = Map.of(dataset, Files.readAllBytes(dataset), plan, Files.readAllBytes(plan));
        for (var command : commands) {
            run(n, source, mutator.applied(), command, out, inputs, precious);
        }
    }

    private void run(int n, Path source, List<String> mutations, List<String> command, Path out,
            Map<Path, byte[]> inputs, Path precious) throws IOException {
        var before = listing(out);
        CliRun result;
        try {
            result = runBounded(command);
        } catch (TimeoutException stuck) {
            // A command still running on a mutant of a small dataset after minutes is a finding too; the
            // thread cannot be stopped, so the run ends here with what it found.
            failures.add(new Failure(n, source.toString(), List.copyOf(mutations), command, -1,
                    "it did not end within " + BOUND.toSeconds() + " s", ""));
            throw new Stuck();
        } catch (AssertionError checkerDisagrees) {
            failures.add(new Failure(n, source.toString(), List.copyOf(mutations), command, -1,
                    "the independent checker disagrees with the plan it wrote", checkerDisagrees.getMessage()));
            clean(out);
            Files.createDirectories(out);
            Files.writeString(precious, PRECIOUS);
            return;
        }
        exits.computeIfAbsent(command.get(0), c -> new TreeMap<>()).merge(result.code(), 1, Integer::sum);
        var problems = new ArrayList<String>();
        if (result.code() != 0 && result.code() != 2 && result.code() != 3) {
            problems.add("an exit code other than 0, 2 or 3");
        }
        for (var text : List.of(result.out(), result.err())) {
            if (text.contains("\tat ") || text.contains("Exception") || text.contains("internal error")) {
                problems.add("a stack trace or exception in what it printed");
                break;
            }
        }
        for (var input : inputs.entrySet()) {
            if (!Arrays.equals(Files.readAllBytes(input.getKey()), input.getValue())) {
                problems.add("it changed its input " + input.getKey().getFileName());
            }
        }
        if (!Files.readString(precious).equals(PRECIOUS)) {
            problems.add("it overwrote a file that was not its own without --force");
            Files.writeString(precious, PRECIOUS);
        }
        var after = listing(out);
        for (var file : after) {
            if (file.endsWith(".tmp") || file.startsWith(".")) {
                problems.add("it left a temporary file " + file);
            } else if (!before.contains(file)) {
                if (result.code() == 2) {
                    problems.add("it refused its input but wrote " + file);
                } else if (!whole(out.resolve(file))) {
                    problems.add("it wrote " + file + " but not whole");
                }
            }
        }
        if (!problems.isEmpty()) {
            failures.add(new Failure(n, source.toString(), List.copyOf(mutations), command, result.code(),
                    String.join("; ", problems), result.out() + result.err()));
        }
        for (var file : after) {
            if (!file.equals(precious.getFileName().toString())) {
                Files.deleteIfExists(out.resolve(file));
            }
        }
    }

    /** How long one command may run before the run stops and reports it stuck. */
    private static final Duration BOUND = Duration.ofMinutes(2);

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "fuzzed-command");
        thread.setDaemon(true);
        return thread;
    });

    private CliRun runBounded(List<String> command) throws TimeoutException, IOException {
        var run = runner.submit(() -> CliRun.of(command.toArray(String[]::new)));
        try {
            return run.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError checker) {
                throw checker;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ends a run at a command that does not end. */
    private static final class Stuck extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The mutant as UTF-8 (a lone surrogate becomes "?", as an editor would save it), and one time in
     * twenty with bytes that are no UTF-8 at all, as a file saved in another encoding has.
     */
    private static byte[] bytes(String text, Random random) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) != 0 || bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        var broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
        return broken;
    }

    /** A written file is whole when it parses (JSON) or ends as its format ends (XML, HTML). */
    private static boolean whole(Path file) throws IOException {
        var name = file.getFileName().toString();
        var text = Files.readString(file);
        if (name.endsWith(".json")) {
            try {
                return JSON.readTree(text) != null;
            } catch (IOException e) {
                return false;
            }
        }
        if (name.endsWith(".html")) {
            return text.stripTrailing().endsWith("</html>");
        }
        if (name.endsWith(".xml")) {
            return text.stripTrailing().endsWith(">") && text.contains("</Project>");
        }
        return true;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
