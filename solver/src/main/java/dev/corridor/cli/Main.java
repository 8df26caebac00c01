package dev.corridor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corridor <command>}: plan a staged megaproject from the command line. */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plans megaprojects built in stages: schedules under crews, seasons and budget caps.",
        subcommands = {SolveCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("corridor: internal error: " + exception);
            exception.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL_ERROR;
        });
        listExitCodes(commandLine);
        return commandLine;
    }

    private static void listExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(Main::listExitCodes);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. corridor solve DATASET.");
    }
}
