package dev.corridor.cli;

import dev.corridor.Planner;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.risk.FundingRisk;
import dev.corridor.model.risk.Percentiles;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.model.risk.StageRisk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "risk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Runs a Monte Carlo risk analysis of a plan over the dataset's ranges and risks.",
                "Each iteration draws every stage's duration and cost from its mode's ranges (a Latin hypercube) and "
                        + "each risk's occurrence, delay and cost, and replays the plan's order and modes through the "
                        + "serial schedule generator, so crews, seasons and budget caps hold. Prints the finish and cost "
                        + "at P10, P50, P80 and P90, when each system opens, and the stages most often critical; with "
                        + "--output, writes the report as JSON. The same seed gives the same report on any number of threads."})
final class RiskCommand implements Callable<Integer> {

    private static final int CRITICAL_LISTED = 8;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON with the ranges and risks.")
    private Path dataset;

    @Option(names = "--plan", paramLabel = "PLAN", required = true, description = "A plan of the dataset, written by corridor solve.")
    private Path planFile;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000", description = "Scenarios to run (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to run the scenarios on (default: the cores).")
    private Integer threads;

    @Mixin
    private OutputOptions.Optional output;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        if (iterations < 1 || iterations > 1_000_000) {
            throw new Refusal("--iterations must be between 1 and 1,000,000 (got " + iterations + ").");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new Refusal("--threads must be between 1 and 1024 (got " + threads + ").");
        }
        var target = output.file();
        if (target != null) {
            output.check(dataset, target, OutputOptions.Replaces.NOTHING);
        }
        var read = PlanOfDataset.read(dataset, planFile);
        RiskReport report;
        try {
            report = Planner.risk(read.project(), read.plan(), iterations, seed,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            throw new Refusal(planFile + ": " + e.getMessage());
        }
        var plan = read.plan();
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d iterations (seed %d), the plan's order and modes replayed in each%n%n",
                report.dataset(), report.iterations(), report.seed());
        out.printf(Locale.ROOT, "  %-12s %10s %10s %10s %10s %10s%n", "", "mean", "P10", "P50", "P80", "P90");
        out.print(line("finish", report.finish(), plan::periodLabel));
        out.print(line("cost", report.cost(), null));
        if (report.npv() != null) {
            out.print(line("net value", report.npv(), null));
        }
        for (var system : report.systems()) {
            out.print(line(system.system().name().toLowerCase(Locale.ROOT), system.finish(), plan::periodLabel));
        }
        out.printf(Locale.ROOT, "  (the plan: finish %s)%n", plan.periodLabel(plan.makespan()));
        if (!report.funding().isEmpty()) {
            out.printf(Locale.ROOT, "%nYears most likely to fall short of money (each scenario financed at least cost):%n");
            report.funding().stream().sorted(Comparator.comparingDouble(FundingRisk::probabilityShort).reversed()
                            .thenComparingInt(FundingRisk::year))
                    .limit(5).forEach(year -> out.printf(Locale.ROOT, "  %d  %5.1f %% of scenarios short, P80 short %,.1f%n",
                            year.year(), 100 * year.probabilityShort(), year.p80Short()));
        }
        out.printf(Locale.ROOT, "%nMost often on the critical chain (criticality, cruciality):%n");
        report.stages().stream().sorted(Comparator.comparingDouble(StageRisk::criticality).reversed()
                        .thenComparing(Comparator.comparingDouble(StageRisk::cruciality).reversed()))
                .limit(CRITICAL_LISTED)
                .forEach(stage -> out.printf(Locale.ROOT, "  %5.1f %%  %+.2f  %s%n", 100 * stage.criticality(),
                        stage.cruciality(), stage.id()));
        out.flush();
        if (target != null) {
            try {
                JsonFiles.writeAtomically(target, JsonFiles.toJson(report));
            } catch (IOException e) {
                spec.commandLine().getErr().println("corridor risk: cannot write " + target + ": " + e.getMessage());
                return ExitCode.INTERNAL_ERROR;
            }
            out.println("Report written to " + target);
        }
        return ExitCode.OK;
    }

    private static String line(String what, Percentiles values, java.util.function.IntFunction<String> label) {
        if (label == null) {
            return String.format(Locale.ROOT, "  %-12s %,10.1f %,10.1f %,10.1f %,10.1f %,10.1f%n", what, values.mean(),
                    values.p10(), values.p50(), values.p80(), values.p90());
        }
        return String.format(Locale.ROOT, "  %-12s %10.1f %10s %10s %10s %10s%n", what, values.mean(),
                label.apply((int) values.p10()), label.apply((int) values.p50()), label.apply((int) values.p80()),
                label.apply((int) values.p90()));
    }
}
