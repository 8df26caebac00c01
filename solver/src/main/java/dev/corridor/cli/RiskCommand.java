package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.Planner;
import dev.corridor.Reports;
import dev.corridor.RiskEngine;
import dev.corridor.RiskJob;
import dev.corridor.RiskOptions;
import dev.corridor.SolveOptions;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.risk.FundingRisk;
import dev.corridor.model.risk.Percentiles;
import dev.corridor.model.risk.RiskReport;
import dev.corridor.model.risk.StageRisk;
import dev.corridor.risk.RiskPolicy;
import dev.corridor.risk.RiskWatch;
import java.io.IOException;
import java.io.PrintWriter;
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
                "Runs a Monte Carlo risk analysis of a plan over the dataset's ranges, risks, correlations and seasons.",
                "Each iteration draws every stage's duration and cost from its mode's ranges (a Latin hypercube, "
                        + "correlated stages by Iman-Conover), each risk's occurrence, delay and cost, and each season's "
                        + "late opening and early close. The fixed policy replays the plan's order and modes through the "
                        + "serial schedule generator, so crews, seasons and budget caps hold; the replan policy re-solves "
                        + "each scenario from the plan first and reports the value of flexibility against the fixed one. "
                        + "With tranches each scenario is financed at least cost. Prints the finish, cost and net value at "
                        + "P10 to P90, when each system opens, what moves the P80 most and the stages most often critical; "
                        + "--output writes the report as JSON, --report the plan's HTML report with a risk section. The "
                        + "same seed gives the same report on any number of threads."})
final class RiskCommand implements Callable<Integer> {

    private static final int LISTED = 8;
    /** Without --plan, the plan is solved first with this many steps, so the same seed gives the same plan. */
    static final int SOLVE_STEPS = 2000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON with the ranges and risks.")
    private Path dataset;

    @Option(names = "--plan", paramLabel = "PLAN",
            description = "A plan of the dataset, written by corridor solve (default: solve the dataset first, "
                    + SOLVE_STEPS + " steps with the same seed).")
    private Path planFile;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000",
            description = "Scenarios to run; with --until-stable, at most this many (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to run the scenarios on (default: the cores).")
    private Integer threads;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "fixed", converter = PolicyConverter.class,
            description = "fixed: replay the plan's order and modes; replan: re-solve each scenario from the plan "
                    + "(default: ${DEFAULT-VALUE}).")
    private RiskPolicy policy;

    @Option(names = "--replan-steps", paramLabel = "N", defaultValue = "" + RiskOptions.DEFAULT_REPLAN_STEPS,
            description = "With --policy replan: local-search steps in each scenario (default: ${DEFAULT-VALUE}).")
    private int replanSteps;

    @Option(names = "--finance-step", paramLabel = "N",
            description = "Periods per step of each scenario's financing LP: 1 finances period by period (exact, as "
                    + "solve does), 3 by quarter for monthly periods, as project finance models run (default: 3 for "
                    + "monthly datasets, else 1).")
    private Integer financeStep;

    @Mixin
    private EngineOptions engineOptions;

    @Option(names = "--until-stable",
            description = "Run in batches of 100 and stop once a batch moves no P80 (finish, cost, net value) by more "
                    + "than 0.5 %%, or at --iterations.")
    private boolean untilStable;

    @Option(names = "--report", paramLabel = "FILE.html", arity = "0..1", fallbackValue = "",
            description = "Also write the plan's HTML report with a section on its risk: to FILE.html, or without it "
                    + "beside --output (RISK.json -> RISK.html).")
    private String reportOption;

    @Mixin
    private OutputOptions.Optional output;

    @Mixin
    private ProgressOptions progress;

    /** "fixed" or "replan", any case. */
    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<RiskPolicy> {
        @Override
        public RiskPolicy convert(String value) {
            for (var policy : RiskPolicy.values()) {
                if (policy.name().equalsIgnoreCase(value)) {
                    return policy;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a policy; give fixed or replan.");
        }
    }

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        if (iterations < 1 || iterations > 1_000_000) {
            throw new Refusal("--iterations must be between 1 and 1,000,000 (got " + iterations + ").");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new Refusal("--threads must be between 1 and 1024 (got " + threads + ").");
        }
        if (replanSteps < 0 || replanSteps > 1_000_000) {
            throw new Refusal("--replan-steps must be between 0 and 1,000,000 (got " + replanSteps + ").");
        }
        if (financeStep != null && (financeStep < 1 || financeStep > 120)) {
            throw new Refusal("--finance-step must be between 1 and 120 periods (got " + financeStep + ").");
        }
        var target = output.file();
        if (target != null) {
            output.check(dataset, target, OutputOptions.Replaces.NOTHING);
        }
        Path reportFile = null;
        if (reportOption != null) {
            if (reportOption.isEmpty() && target == null) {
                throw new Refusal("--report without a file name writes beside --output; give --output RISK.json or "
                        + "--report FILE.html.");
            }
            reportFile = reportOption.isEmpty() ? beside(target) : Path.of(reportOption);
            output.check(dataset, reportFile, OutputOptions.Replaces.REPORTS);
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var read = planFile != null ? PlanOfDataset.read(dataset, planFile) : null;
        var project = read != null ? read.project() : Datasets.read(dataset, warning -> err.println("warning: " + dataset + ": " + warning));
        Plan plan;
        if (read != null) {
            plan = read.plan();
        } else {
            err.printf(Locale.ROOT, "No --plan: solving %s first (%,d steps, seed %d)...%n", dataset, SOLVE_STEPS, seed);
            err.flush();
            plan = Planner.solve(project, SolveOptions.stepLimit(SOLVE_STEPS).withSeed(seed));
        }
        var options = new RiskOptions(iterations, seed, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                policy, untilStable, replanSteps, financeStep == null ? 0 : financeStep);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var line = progress.<int[]>line(err, done -> String.format(Locale.ROOT, "scenario %,d of %,d", done[0], done[1]));
        var watch = new RiskWatch() {
            @Override
            public void progress(int done, int of) {
                if (line != null) {
                    line.accept(new int[] {done, of});
                }
            }

            @Override
            public boolean isStopped() {
                return stop.get();
            }
        };
        try (var interrupt = new StopOnInterrupt(() -> stop.set(true),
                "corridor risk: stopping; reporting the scenarios done so far (Ctrl-C again does not hurry it).", err)) {
            RiskReport report;
            try (var engine = engine(options.threads())) {
                report = engine == null ? Planner.risk(project, plan, options, watch)
                        : Planner.risk(RiskJob.of(dataset.toString(),
                                // A project file (XER, MSPDI, PSPLIB) goes as the dataset it was read into.
                                Datasets.isDatasetJson(dataset) ? ProjectJson.readText(dataset) : JsonFiles.toJson(project),
                                planFile != null ? ProjectJson.readText(planFile) : PlanJson.toJson(plan), options),
                                options, engine, watch);
            } catch (IllegalArgumentException e) {
                throw new Refusal((planFile != null ? planFile : dataset) + ": " + e.getMessage());
            } catch (IllegalStateException e) {
                if (!stop.get()) {
                    throw e;
                }
                // Stopped before a single scenario was done: nothing to report, and nothing written.
                err.println("corridor risk: stopped before any scenario was done; nothing written.");
                return ExitCode.INTERNAL_ERROR;
            } finally {
                if (line != null) {
                    line.finish();
                }
            }
            print(out, report, plan);
            if (target != null) {
                try {
                    JsonFiles.writeAtomically(target, JsonFiles.toJson(report));
                } catch (IOException e) {
                    err.println("corridor risk: cannot write " + target + ": " + e.getMessage());
                    return ExitCode.INTERNAL_ERROR;
                }
                out.println("Report written to " + target);
            }
            if (reportFile != null) {
                try {
                    JsonFiles.writeAtomically(reportFile, Reports.html(plan, report));
                } catch (IOException e) {
                    err.println("corridor risk: cannot write " + reportFile + ": " + e.getMessage());
                    return ExitCode.INTERNAL_ERROR;
                }
                out.println("HTML report written to " + reportFile);
            }
        }
        return ExitCode.OK;
    }

    /** The engine --engine names, or null for this machine's threads. */
    private RiskEngine engine(int threads) throws Refusal {
        var provider = engineOptions.provider(RiskEngine.Provider.class, RiskEngine.Provider::name);
        return provider == null ? null : engineOptions.open(() -> provider.open(engineOptions.master(), threads));
    }

    /** RISK.json's page: RISK.html beside it. */
    private static Path beside(Path json) {
        var name = json.getFileName().toString();
        var stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return json.resolveSibling(stem + ".html");
    }

    private static void print(PrintWriter out, RiskReport report, Plan plan) {
        out.printf(Locale.ROOT, "%s: %d iterations (seed %d)%s, %s%s%n%n", report.dataset(), report.iterations(), report.seed(),
                report.stopped() ? ", stopped early" : "",
                report.policy().equals("replan") ? "each scenario re-planned from the plan" : "the plan's order and modes replayed in each",
                report.project().npv() == null ? "" : report.financeStep() == 1 ? ", financed period by period"
                        : ", financed in steps of " + report.financeStep() + " periods");
        out.printf(Locale.ROOT, "  %-12s %10s %10s %10s %10s %10s%n", "", "mean", "P10", "P50", "P80", "P90");
        out.print(line("finish", report.project().finish(), plan::periodLabel));
        out.print(line("cost", report.project().cost(), null));
        if (report.project().npv() != null) {
            out.print(line("net value", report.project().npv(), null));
        }
        for (var system : report.systems()) {
            out.print(line(system.system().name().toLowerCase(Locale.ROOT), system.finish(), plan::periodLabel));
        }
        out.printf(Locale.ROOT, "  (the plan: finish %s)%n", plan.periodLabel(plan.makespan()));
        var flexibility = report.flexibility();
        if (flexibility != null) {
            out.printf(Locale.ROOT, "%nValue of flexibility (the same scenarios with the plan replayed, not re-planned):%n");
            out.print(line("finish", flexibility.fixedFinish(), plan::periodLabel));
            if (flexibility.fixedNpv() != null) {
                out.print(line("net value", flexibility.fixedNpv(), null));
            }
            out.printf(Locale.ROOT, "  re-planning finishes %.0f periods earlier at P50 and %.0f at P80%s%n",
                    flexibility.finishP50Gain(), flexibility.finishP80Gain(), flexibility.npvMeanGain() == null ? ""
                            : String.format(Locale.ROOT, ", and is worth %,.1f of net value on average", flexibility.npvMeanGain()));
        }
        if (!report.tornado().isEmpty()) {
            out.printf(Locale.ROOT, "%nWhat moves the P80 finish most (P80 with the input low -> high):%n");
            report.tornado().stream().limit(LISTED).forEach(bar -> out.printf(Locale.ROOT, "  %+5.0f  %s -> %s  %s%s%n",
                    bar.swing(), plan.periodLabel((int) bar.low()), plan.periodLabel((int) bar.high()),
                    bar.kind().equals("risk") ? "risk " : "", bar.id()));
        }
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
                .limit(LISTED)
                .forEach(stage -> out.printf(Locale.ROOT, "  %5.1f %%  %+.2f  %s%n", 100 * stage.criticality(),
                        stage.cruciality(), stage.id()));
        var convergence = report.convergence();
        out.printf(Locale.ROOT, "%nOver the last tenth of the iterations the P80 finish moved %+.0f periods, the P80 cost %+,.1f%s.%n",
                convergence.finishP80Change(), convergence.costP80Change(), convergence.npvP80Change() == null ? ""
                        : String.format(Locale.ROOT, ", the P80 net value %+,.1f", convergence.npvP80Change()));
        out.flush();
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
