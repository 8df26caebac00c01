package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.model.io.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a synthetic corridor dataset of any size with every feature of the format, for scaling tests.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stages", paramLabel = "N", required = true, description = "How many stages (1 to 1,000,000).")
    private int stages;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private OutputOptions.Optional output;

    @Override
    public Integer call() throws Refusal {
        if (stages < 1 || stages > 1_000_000) {
            throw new Refusal("--stages must be between 1 and 1,000,000 (got " + stages + ").");
        }
        var target = output.fileOr(Path.of("corridor-" + stages + "-" + seed + ".json"));
        output.check(null, target, OutputOptions.Replaces.NOTHING);
        var project = Datasets.generate(stages, seed);
        try {
            JsonFiles.writeAtomically(target, JsonFiles.toJson(project));
        } catch (IOException e) {
            spec.commandLine().getErr().println("corridor generate: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INTERNAL_ERROR;
        }
        spec.commandLine().getOut().printf("%s: %d stages over %d months written to %s%n", project.name(), stages,
                project.horizon(), target);
        return ExitCode.OK;
    }
}
