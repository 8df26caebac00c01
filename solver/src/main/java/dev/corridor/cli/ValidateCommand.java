package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.model.io.InvalidInputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a dataset and reports every problem in it at once, each with its JSON path and a fix.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset JSON, PSPLIB .sm/.mm or project file (.xer, .xml, .mpp).")
    private Path dataset;

    @Override
    public Integer call() throws InvalidInputException {
        var err = spec.commandLine().getErr();
        var project = Datasets.read(dataset, warning -> err.println("warning: " + dataset + ": " + warning));
        spec.commandLine().getOut().printf("%s: valid (%d stages, %d resources, %d calendars, %d budget caps, %d tranches)%n",
                dataset, project.stages().size(), project.resources().size(), project.calendars().size(),
                project.budgetCaps().size(), project.tranches().size());
        return ExitCode.OK;
    }
}
