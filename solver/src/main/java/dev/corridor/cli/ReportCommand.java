package dev.corridor.cli;

import dev.corridor.Reports;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Draws a plan as one self-contained HTML page; opens in any browser, offline, and prints.",
                "Gantt chart by system with seasons and the critical chain, resources against capacity, spend against "
                        + "budget caps, financing, and why the plan ends when it does."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan written by corridor solve.")
    private Path planFile;

    @Mixin
    private OutputOptions.Optional output;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var target = output.fileOr(besidePlan(planFile));
        output.check(planFile, target, OutputOptions.Replaces.REPORTS);
        var plan = PlanJson.read(planFile);
        try {
            JsonFiles.writeAtomically(target, Reports.html(plan));
        } catch (IOException e) {
            spec.commandLine().getErr().println("corridor report: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INTERNAL_ERROR;
        }
        spec.commandLine().getOut().println("Report written to " + target);
        return ExitCode.OK;
    }

    /** The report's default place: beside the plan, {@code x.plan.json} becoming {@code x.plan.html}. */
    static Path besidePlan(Path plan) {
        var name = plan.getFileName().toString().replaceFirst("\\.json$", "");
        return plan.resolveSibling(name + ".html");
    }
}
