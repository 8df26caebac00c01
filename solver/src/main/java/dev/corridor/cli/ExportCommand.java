package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.ExportFormat;
import dev.corridor.PlanMismatch;
import dev.corridor.Reports;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Writes a plan as a project file: MS Project XML (MSPDI), Primavera P6 XML or XER.",
                "One task per stage in the mode the plan chose, with the plan's dates (also as the baseline), links, "
                        + "resources and assignments, costs and calendars; for a plan with a data date, its progress "
                        + "too (status date, actual dates, remaining durations). corridor convert reads it back."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan written by corridor solve.")
    private Path planFile;

    @Option(names = "--dataset", paramLabel = "DATASET", required = true,
            description = "The dataset the plan was made from (for links, resources and calendars).")
    private Path dataset;

    @Mixin
    private OutputOptions.Required output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "MSPDI, P6_XML or XER (default: XER for a .xer file, else MSPDI).")
    private ExportFormat format;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var target = output.file();
        for (var input : new Path[] {dataset, planFile}) {
            output.check(input, target, OutputOptions.Replaces.NOTHING);
        }
        var project = Datasets.read(dataset);
        var plan = PlanJson.read(planFile);
        var cannot = Reports.whyNotExport(project);
        if (cannot != null) {
            throw new Refusal(dataset + ": " + cannot);
        }
        var mismatch = PlanMismatch.of(project, plan);
        if (mismatch != null) {
            throw new Refusal(planFile + ": " + mismatch);
        }
        try {
            Reports.export(project, plan, target, format != null ? format : ExportFormat.of(target));
        } catch (IOException e) {
            spec.commandLine().getErr().println("corridor export: cannot write " + target + ": " + e.getMessage()
                    + ". Check the folder is writable and has space, or choose another file with --output.");
            return ExitCode.INTERNAL_ERROR;
        }
        spec.commandLine().getOut().printf("%s: %d tasks, %d resources written to %s%n", planFile,
                plan.stages().size(), project.resources().size(), target);
        return ExitCode.OK;
    }
}
