package dev.corridor.benchmarks.psplib;

import dev.corridor.cli.DurationConverter;
import dev.corridor.cli.EngineOptions;
import dev.corridor.cli.Refusal;
import dev.corridor.cli.VersionProvider;
import dev.corridor.model.io.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor bench}: benchmark comparisons, a subcommand of the {@code corridor} command when it
 * runs from the benchmarks jar ({@link dev.corridor.benchmarks.CorridorWithBench}), which carries the
 * peers the solver module must not depend on.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Benchmark comparisons with the best known bounds and a peer solver.",
                "Every schedule, corridor's and the peer's, goes through the independent checker. Runs from the "
                        + "benchmarks module, which carries the peers (OR-Tools)."},
        subcommands = BenchCommand.Psplib.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {BenchCommand.OK, BenchCommand.INTERNAL_ERROR, BenchCommand.BAD_INPUT, BenchCommand.CHECK_FAILED})
public final class BenchCommand implements Runnable {

    // A bench's exit codes: corridor's, but for 3 (no bench asks for a feasible plan), and 4 of its own.
    static final String OK = "0:every schedule passed the independent check";
    static final String INTERNAL_ERROR = "1:internal error";
    static final String BAD_INPUT = "2:bad usage or bad input";
    static final String CHECK_FAILED = "4:a schedule failed the independent check";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a benchmark, e.g. corridor bench psplib DIR.");
    }

    @Command(name = "psplib", mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Solves every PSPLIB instance (.sm, .mm) in DIR, checks each schedule independently and "
                    + "compares with the known bounds, the critical-path bound and the LFT priority rule.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {OK, INTERNAL_ERROR, BAD_INPUT, CHECK_FAILED})
    static final class Psplib implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder of PSPLIB instances.")
        private Path folder;

        @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
                description = "Time per instance, e.g. 1s, 500ms (default: ${DEFAULT-VALUE}).")
        private Duration timeLimit;

        @Option(names = "--bounds", paramLabel = "TABLE",
                description = "Bounds table (instance, lower_bound, best_known_upper_bound, source); default: the "
                        + "*_bounds.tsv in DIR, else PSPLIB's j..hrs list of best-known makespans there.")
        private Path boundsTable;

        @Option(names = "--csv", paramLabel = "FILE",
                description = "Also write the results as CSV, anew after every instance.")
        private Path csv;

        @Option(names = "--resume", description = "Go on with the run the --csv file holds: the instances in it are "
                + "taken as solved (under the same time limit, seed and peer, which is checked) and the rest are solved.")
        private boolean resume;

        @Option(names = {"-f", "--force"}, description = "Replace an existing --csv file.")
        private boolean force;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--step-limit", paramLabel = "N",
                description = "Stop corridor's search after N steps instead of the time limit: the same rows on every "
                        + "run and every engine (the peer keeps the time limit).")
        private Integer stepLimit;

        @Option(names = "--limit", paramLabel = "N", description = "Solve only the first N instances.")
        private Integer limit;

        @Mixin
        private EngineOptions engineOptions;

        @Option(names = "--peer", paramLabel = "PEER",
                description = "Also solve every instance with this peer in the same run: cpsat (OR-Tools CP-SAT).")
        private String peer;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
                description = "Threads for the peer (default: ${DEFAULT-VALUE}, as corridor's search runs on one).")
        private int threads;

        @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
                description = "Solves run at once at most, each on its own thread (default: ${DEFAULT-VALUE}). They are "
                        + "taken in order, corridor's then CP-SAT's for each instance, so with --peer, 2 mostly solves "
                        + "both on the same instance side by side, a core each.")
        private int jobs;

        @Override
        public Integer call() throws IOException, Refusal, InvalidInputException {
            var out = spec.commandLine().getOut();
            if (!Files.isDirectory(folder)) {
                throw new Refusal(folder + " is not a folder of PSPLIB instances.");
            }
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new Refusal("--time-limit must be positive (got " + timeLimit + ").");
            }
            if (peer != null && !peer.equals("cpsat")) {
                throw new Refusal("unknown peer \"" + peer + "\"; the one peer is cpsat.");
            }
            if (threads < 1) {
                throw new Refusal("--threads must be at least 1 (got " + threads + ").");
            }
            if (jobs < 1) {
                throw new Refusal("--jobs must be at least 1 (got " + jobs + ").");
            }
            if (stepLimit != null && stepLimit < 0) {
                throw new Refusal("--step-limit must not be negative (got " + stepLimit + ").");
            }
            if (jobs > 1 && !engineOptions.isLocal()) {
                throw new Refusal("--jobs sets how many solves run at once on this machine; a cluster runs one instance "
                        + "to a task on every core it has.");
            }
            if (stepLimit != null && csv != null) {
                throw new Refusal("--csv records runs under a time limit; a --step-limit run prints its rows only.");
            }
            checkCsv();
            var files = PsplibBench.instances(folder);
            if (limit != null) {
                files = files.subList(0, Math.min(limit, files.size()));
            }
            if (files.isEmpty()) {
                throw new Refusal("no .sm or .mm files in " + folder + ".");
            }
            var bounds = Bounds.none();
            var table = boundsTable != null ? boundsTable : defaultTable(folder);
            if (table != null) {
                bounds = Bounds.read(table);
            }
            out.printf("%d instances from %s, %s each, seed %d, bounds from %s%s; %d solve%s at a time%n%n", files.size(),
                    folder, stepLimit != null ? stepLimit + " steps" : timeLimit.toMillis() + " ms", seed, table == null ? "nowhere" : table,
                    peer == null ? "" : "; peer OR-Tools CP-SAT on " + threads + " thread" + (threads == 1 ? "" : "s"),
                    jobs, jobs == 1 ? "" : "s");
            var bench = new PsplibBench(timeLimit, stepLimit, seed, out, peer == null ? 0 : threads, jobs);
            if (resume && !Files.exists(csv)) {
                // Said aloud: a mistyped path would otherwise start hours of solving afresh unnoticed.
                out.printf("no %s yet: nothing to resume, starting the run%n%n", csv);
            }
            var done = resume && Files.exists(csv) ? ResultsCsv.read(csv, bench.settings()) : List.<InstanceResult>of();
            var names = files.stream().map(PsplibBench::instanceName).toList();
            var strays = done.stream().map(InstanceResult::instance).filter(name -> !names.contains(name)).toList();
            if (!strays.isEmpty()) {
                throw new Refusal(csv + " holds results for " + strays.size() + " instance"
                        + (strays.size() == 1 ? "" : "s") + " this run does not solve (" + String.join(", ",
                        strays.subList(0, Math.min(3, strays.size()))) + (strays.size() > 3 ? ", ..." : "")
                        + "); resume with the folder and --limit it was written for, or name another --csv.");
            }
            if (!done.isEmpty()) {
                out.printf("resuming: %d instance%s already solved in %s%n%n", done.size(), done.size() == 1 ? "" : "s", csv);
            }
            List<InstanceResult> results;
            try (var engine = engine()) {
                results = bench.run(files, bounds, done, csv, engine);
            }
            out.print(PsplibBench.summary(results));
            if (csv != null) {
                out.println("CSV written to " + csv);
            }
            return results.stream().allMatch(r -> r.checked() && (r.peer() == null || !r.peer().broken())) ? 0 : 4;
        }

        /** The engine --engine names, or null for this machine. */
        private BenchEngine engine() throws Refusal {
            var provider = engineOptions.provider(BenchEngine.Provider.class, BenchEngine.Provider::name);
            return provider == null ? null : engineOptions.open(() -> provider.open(engineOptions.master()));
        }

        /** Refuses, before any solve, a --csv that cannot be written, or whose results would be lost or mixed up. */
        private void checkCsv() throws Refusal {
            if (resume && csv == null) {
                throw new Refusal("--resume goes on with the results in a --csv file; name it.");
            }
            if (force && csv == null) {
                throw new Refusal("--force replaces a --csv file; name it.");
            }
            if (resume && force) {
                throw new Refusal("--resume keeps the --csv file and --force replaces it; pass one.");
            }
            if (csv == null) {
                return;
            }
            if (Files.isDirectory(csv)) {
                throw new Refusal("--csv " + csv + " is a folder; name a file in it, e.g. " + csv.resolve("results.csv") + ".");
            }
            var csvFolder = csv.toAbsolutePath().getParent();
            if (csvFolder != null && !Files.isDirectory(csvFolder)) {
                throw new Refusal("the folder of --csv " + csv + " does not exist; create it or name another file.");
            }
            if (Files.exists(csv) && !resume && !force) {
                throw new Refusal(csv + " exists. Pass --resume to go on with the run it holds, "
                        + "--force to replace it, or name another file.");
            }
        }

        private static Path defaultTable(Path folder) throws IOException {
            try (var files = Files.list(folder)) {
                // A merged bounds table if there is one, else PSPLIB's own list of best-known makespans.
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_bounds.tsv") || n.matches("j\\d+hrs\\..*"))
                        .sorted(Comparator.comparing((String n) -> !n.endsWith("_bounds.tsv")))
                        .findFirst().map(folder::resolve).orElse(null);
            }
        }
    }
}
