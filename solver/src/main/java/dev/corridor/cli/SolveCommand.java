package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.Planner;
import dev.corridor.Reports;
import dev.corridor.SolveControl;
import dev.corridor.SolveOptions;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Plans a dataset: prints a summary and writes the plan JSON.",
                "Reads a corridor dataset (.json), a PSPLIB instance (.sm, .mm) or a Primavera / MS Project file "
                        + "(.xer, .xml, .mpp; corridor convert shows what such a file holds that the dataset leaves out)."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON, PSPLIB .sm/.mm or project file (.xer, .xml, .mpp).")
    private Path dataset;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop searching after this long, e.g. 30s, 2m (default: 30s, or none with --step-limit).")
    private Duration timeLimit;

    @Option(names = "--step-limit", paramLabel = "N",
            description = "Stop after N search steps. Same dataset, seed and step limit give the same plan.")
    private Integer stepLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--finance-rounds", paramLabel = "N", defaultValue = "3",
            description = "With tranches: re-solve the schedule with the period prices of cash up to N times "
                    + "(default: ${DEFAULT-VALUE}; 0 schedules first and finances after).")
    private int financeRounds;

    @Mixin
    private OutputOptions.Optional output;

    @Mixin
    private ProgressOptions progress;

    @Option(names = "--report", description = "Also draw the plan as an HTML page beside it (see corridor report).")
    private boolean report;

    @Option(names = "--baseline", paramLabel = "PLAN",
            description = "Re-plan against an earlier plan of this dataset: start from its order and modes and, among "
                    + "plans otherwise equal, move the stages not started least from it; the plan records each "
                    + "stage's baseline start and finish.")
    private Path baselineFile;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (stepLimit != null && stepLimit < 0) {
            throw new Refusal("--step-limit must not be negative (got " + stepLimit + ").");
        }
        if (financeRounds < 0) {
            throw new Refusal("--finance-rounds must not be negative (got " + financeRounds + ").");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new Refusal("--time-limit must be positive (got " + timeLimit + ").");
        }
        var target = output.fileOr(defaultOutput(dataset));
        output.check(dataset, target, OutputOptions.Replaces.PLANS);
        var reportTarget = report ? ReportCommand.besidePlan(target) : null;
        if (reportTarget != null) {
            output.check(dataset, reportTarget, OutputOptions.Replaces.REPORTS);
        }
        var project = Datasets.read(dataset, warning -> err.println("warning: " + dataset + ": " + warning));
        var baseline = baselineFile == null ? null : PlanJson.read(baselineFile);
        var line = progress.line(err, ProgressLine.ofSolve(Summary.unit(project)));
        var control = line == null ? SolveControl.none() : new SolveControl(line);
        try (var interrupt = new StopOnInterrupt(control, err)) {
            var limit = timeLimit != null ? timeLimit : stepLimit != null ? null : SolveOptions.DEFAULT_TIME_LIMIT;
            var options = new SolveOptions(limit, stepLimit, seed, financeRounds);
            Plan plan;
            try {
                plan = baseline == null ? Planner.solve(project, options, control)
                        : Planner.replan(project, baseline, options, control);
            } catch (IllegalArgumentException e) {
                throw new Refusal(baselineFile + ": " + e.getMessage());
            }
            if (line != null) {
                line.finish();
            }
            out.print(Summary.of(project, plan));
            if (baseline != null) {
                out.print(Summary.againstBaseline(plan));
            }
            out.flush();
            PlanJson.write(plan, target);
            out.println("Plan written to " + target);
            if (reportTarget != null) {
                JsonFiles.writeAtomically(reportTarget, Reports.html(plan));
                out.println("Report written to " + reportTarget);
            }
            return plan.feasible() ? ExitCode.OK : ExitCode.NO_FEASIBLE_PLAN;
        } catch (IOException e) {
            err.println("corridor solve: cannot write " + target + ": " + reason(e)
                    + ". Check the folder is writable and has space, or choose another file with --output.");
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** Why a write failed, in words: the messages of file-system exceptions are often just a (temporary) path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem) {
            return fileSystem.getReason() != null ? fileSystem.getReason() : "the file system refused it";
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }

    static Path defaultOutput(Path dataset) {
        var name = dataset.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Path.of(name + ".plan.json");
    }
}
