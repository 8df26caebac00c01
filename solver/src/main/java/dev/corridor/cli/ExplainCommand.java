package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.PlanMismatch;
import dev.corridor.Planner;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Explains why a plan ends when it does.",
                "The critical chain of stages and what holds each one (a predecessor, a resource another stage holds, "
                        + "a closed season, a budget cap), every stage's free slack, and the score by constraint."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "A plan written by corridor solve.")
    private Path planFile;

    @Option(names = "--dataset", paramLabel = "DATASET",
            description = "Work the explanation out again against this dataset (for plans written without one).")
    private Path dataset;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var plan = PlanJson.read(planFile);
        if (dataset != null) {
            var project = Datasets.read(dataset);
            var mismatch = PlanMismatch.of(project, plan);
            if (mismatch != null) {
                throw new Refusal(planFile + ": " + mismatch);
            }
            plan = Planner.explain(project, plan);
        } else if (plan.explanation() == null) {
            throw new Refusal(planFile + ": $.explanation: the plan has none (it was written by an earlier corridor). "
                    + "Give the dataset it was made from with --dataset DATASET.");
        }
        spec.commandLine().getOut().print(ExplanationText.of(plan));
        return ExitCode.OK;
    }
}
