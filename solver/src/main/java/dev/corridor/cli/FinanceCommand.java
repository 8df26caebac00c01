package dev.corridor.cli;

import dev.corridor.Planner;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    private OutputOptions.Optional output;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        // Without --output the new financing is only printed.
        var target = output.file();
        if (target != null) {
            output.check(dataset, target, OutputOptions.Replaces.PLANS);
        }
        var read = PlanOfDataset.read(dataset, planFile);
        var project = read.project();
        var plan = read.plan();
        if (project.tranches().isEmpty()) {
            throw new Refusal(dataset + ": $.tranches: the dataset has no tranches to finance with; add some.");
        }
        var financed = Planner.finance(project, plan);
        var out = spec.commandLine().getOut();
        out.print(Summary.financing(project, financed.finance()));
        out.flush();
        if (target != null) {
            try {
                PlanJson.write(financed, target);
            } catch (IOException e) {
                spec.commandLine().getErr().println("corridor finance: cannot write " + target + ": " + e.getMessage());
                return ExitCode.INTERNAL_ERROR;
            }
            out.println("Plan written to " + target);
        }
        return financed.feasible() ? ExitCode.OK : ExitCode.NO_FEASIBLE_PLAN;
    }
}
