package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
                "Converts a PSPLIB instance or a Primavera P6 or MS Project file into a dataset JSON, to edit or extend.",
                "Reads PSPLIB .sm and .mm, Primavera .xer and P6 .xml, MS Project .xml and .mpp. For a project file it "
                        + "warns on stderr of everything the dataset cannot hold (holidays, unsupported constraints, "
                        + "rounded durations, ...)."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "PSPLIB .sm or .mm, Primavera .xer or P6 XML, MS Project XML or .mpp (or a dataset JSON, rewritten).")
    private Path input;

    @Mixin
    private OutputOptions.Required output;

    @Override
    public Integer call() throws Refusal, InvalidInputException {
        var err = spec.commandLine().getErr();
        var target = output.file();
        output.check(input, target, OutputOptions.Replaces.NOTHING);
        var project = Datasets.read(input, warning -> err.println("warning: " + input + ": " + warning));
        try {
            JsonFiles.writeAtomically(target, JsonFiles.toJson(project));
        } catch (IOException e) {
            err.println("corridor convert: cannot write " + target + ": " + e.getMessage());
            return ExitCode.INTERNAL_ERROR;
        }
        spec.commandLine().getOut().printf("%s: %d stages, %d resources written to %s%n", input,
                project.stages().size(), project.resources().size(), target);
        return ExitCode.OK;
    }
}
