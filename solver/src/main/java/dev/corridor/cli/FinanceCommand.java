package dev.corridor.cli;

import dev.corridor.Planner;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.Project;
import dev.corridor.schedule.PlannedSpend;
import dev.corridor.schedule.ScheduleProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "finance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Finances an existing plan again without rescheduling it: for new tranches, terms or scenarios.",
                "Prints the financing; with --output, writes the plan with its new financing."})
final class FinanceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON with the tranches and terms to use.")
    private Path dataset;

    @Parameters(index = "1", paramLabel = "PLAN", description = "A plan written by corridor solve.")
    private Path planFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the refinanced plan here.")
    private Path output;

    @Option(names = "--force", description = "Overwrite the output file even if it is not a plan this tool wrote.")
    private boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (output != null) {
            var refusal = OutputGuard.refusal(dataset, output, force, OutputGuard.Replaces.PLANS);
            if (refusal != null) {
                err.println("corridor finance: " + refusal);
                return ExitCode.BAD_INPUT;
            }
        }
        try {
            var project = DatasetFiles.read(dataset);
            var plan = PlanJson.read(planFile);
            var mismatch = mismatch(project, plan);
            if (mismatch != null) {
                err.println("corridor finance: " + planFile + ": " + mismatch);
                return ExitCode.BAD_INPUT;
            }
            if (project.tranches().isEmpty()) {
                err.println("corridor finance: " + dataset + ": $.tranches: the dataset has no tranches to finance with; add some.");
                return ExitCode.BAD_INPUT;
            }
            var financed = Planner.finance(project, plan);
            var out = spec.commandLine().getOut();
            out.print(Summary.financing(project, financed.finance()));
            out.flush();
            if (output != null) {
                PlanJson.write(financed, output);
                out.println("Plan written to " + output);
            }
            return financed.feasible() ? ExitCode.OK : ExitCode.NO_FEASIBLE_PLAN;
        } catch (InvalidInputException e) {
            err.print(e.describe());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("corridor finance: cannot write " + output + ": " + e.getMessage());
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** Why the plan cannot be financed with this dataset, or null when it can. */
    static String mismatch(Project project, Plan plan) {
        var planned = new HashSet<String>();
        plan.stages().forEach(stage -> planned.add(stage.id()));
        var missing = project.stages().stream().map(s -> s.id()).filter(id -> !planned.contains(id)).toList();
        if (!missing.isEmpty() || planned.size() != project.stages().size()) {
            return "$.stages: the plan's stages do not match the dataset's (the plan is for \"" + plan.dataset()
                    + "\"" + (missing.isEmpty() ? "" : "; it lacks " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))))
                    + "). Solve the dataset first, or give the dataset the plan was made from.";
        }
        // Financing reuses the plan's spend; it must still be what the dataset's modes cost.
        var expected = PlannedSpend.of(ScheduleProblem.of(project), plan);
        if (expected == null) {
            return "$.stages: the plan uses a mode the dataset does not have. Solve the dataset again.";
        }
        for (int t = 0; t < Math.max(expected.size(), plan.spend().size()); t++) {
            double want = t < expected.size() ? expected.get(t) : 0;
            double have = t < plan.spend().size() ? plan.spend().get(t) : 0;
            if (Math.abs(want - have) > 1e-6 * Math.max(1, Math.abs(want))) {
                return "$.spend[" + t + "]: the plan spends " + have + " in period " + t + " but the dataset's modes "
                        + "cost " + want + " there: the costs changed since the plan was made. Solve the dataset again.";
            }
        }
        return null;
    }
}
