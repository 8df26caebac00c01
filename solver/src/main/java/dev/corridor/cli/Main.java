package dev.corridor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corridor <command>}: plan a staged megaproject from the command line. */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plans megaprojects built in stages: schedules under crews, seasons and budget caps.",
        subcommands = {SolveCommand.class, ValidateCommand.class, CheckCommand.class, FinanceCommand.class, ExplainCommand.class,
                ReportCommand.class, ConvertCommand.class, ExportCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class},
        resourceBundle = "dev.corridor.cli.OutputHelp")
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; for tests and embedding. */
    public static int run(String... args) {
        var commandLine = commandLine();
        int code = commandLine.execute(args);
        // The command's writers buffer what print() gives them, and exit() would drop it.
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Main());
        // One pair of writers for the whole command tree (picocli otherwise makes one per subcommand),
        // so run() can flush everything a command printed before the process exits.
        commandLine.setOut(new java.io.PrintWriter(System.out, true));
        commandLine.setErr(new java.io.PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler(new ErrorReport());
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
