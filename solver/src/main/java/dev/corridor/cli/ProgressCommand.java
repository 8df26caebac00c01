package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Records progress as planned up to a data date, as P6's Update Progress does, and writes the dataset with it.",
                "Every stage the plan starts before the data date has started then, in the plan's mode; one it finishes by "
                        + "then has finished; one still running has the worked periods the plan leaves it still to do. "
                        + "Correct what went otherwise (raise a stage's remaining for a slip, remove the actual of a stage "
                        + "that did not start), then solve the new dataset: the rest of the work is planned from the data "
                        + "date. The rest of the dataset file is kept as it was."})
final class ProgressCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset JSON the plan was made from.")
    private Path dataset;

    @Parameters(index = "1", paramLabel = "PLAN", description = "A plan written by corridor solve for it.")
    private Path planFile;

    @Option(names = "--data-date", required = true, paramLabel = "PERIOD",
            description = "The period progress is recorded up to: everything before it is history.")
    private int dataDate;

    @Mixin
    private OutputOptions.Required output;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var target = output.file();
        output.check(dataset, target, OutputOptions.Replaces.NOTHING);
        if (!Datasets.isDatasetJson(dataset)) {
            throw new Refusal(dataset + ": progress is recorded in a dataset JSON; convert the file with corridor "
                    + "convert first and give that.");
        }
        var read = PlanOfDataset.read(dataset, planFile);
        var project = read.project();
        var plan = read.plan();
        String text;
        try {
            text = Datasets.withProgressAsPlanned(dataset, project, plan, dataDate);
        } catch (IllegalArgumentException e) {
            throw new Refusal("--data-date " + dataDate + ": " + e.getMessage());
        }
        var updated = ProjectJson.parse(target.toString(), text);
        try {
            JsonFiles.writeAtomically(target, text);
        } catch (IOException e) {
            spec.commandLine().getErr().println("corridor progress: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INTERNAL_ERROR;
        }
        long finished = updated.stages().stream().filter(s -> s.actual() != null && s.actual().hasFinished()).count();
        long running = updated.stages().stream().filter(s -> s.actual() != null && !s.actual().hasFinished()).count();
        var label = updated.periodLabel(dataDate);
        spec.commandLine().getOut().printf("Progress at period %d%s: %d stages finished, %d in progress, %d not started.%n"
                        + "Written to %s; correct what went otherwise, then solve it.%n", dataDate,
                label == null ? "" : " (" + label + ")", finished, running, updated.stages().size() - finished - running,
                target);
        return ExitCode.OK;
    }
}
