package dev.corridor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corridor <command>}: plan a staged megaproject from the command line. */
@Command(name = "corridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plans megaprojects built in stages: schedules under crews, seasons and budget caps.",
        subcommands = {SolveCommand.class, ValidateCommand.class, CheckCommand.class, FinanceCommand.class, ExplainCommand.class,
                ReportCommand.class, ConvertCommand.class, ExportCommand.class, GenerateCommand.class, ProgressCommand.class, RiskCommand.class},
        resourceBundle = "dev.corridor.cli.OutputHelp")
public final class Main implements Runnable {

    /** The one command kept out of this module, for the peers it runs (OR-Tools); see the benchmarks module. */
    private static final String BENCH = "bench";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /** Runs the command line and returns its exit code; for tests and embedding. */
    public static int run(String... args) {
        return run(commandLine(), args);
    }

    /** Runs {@code commandLine} (from {@link #commandLine(Object...)}) and returns its exit code. */
    public static int run(CommandLine commandLine, String... args) {
        int code = commandLine.execute(args);
        // The command's writers buffer what print() gives them, and exit() would drop it.
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    /**
     * The {@code corridor} command with its subcommands, and with {@code more} commands beside them
     * (the benchmarks module adds {@code bench}): one exception handler, one pair of writers and the
     * exit codes for all of them.
     */
    public static CommandLine commandLine(Object... more) {
        var commandLine = new CommandLine(new Main());
        for (var command : more) {
            commandLine.addSubcommand(command);
        }
        // Last, so that corridor --help lists it after the commands it explains.
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        if (!commandLine.getSubcommands().containsKey(BENCH)) {
            commandLine.getCommandSpec().usageMessage().footer("%nBenchmark comparisons run from the benchmarks module: "
                    + "corridor bench --help.");
        }
        // Everything below reaches only the subcommands there are now, so it comes after adding them.
        // One pair of writers for the whole command tree (picocli otherwise makes one per subcommand),
        // so run() can flush everything a command printed before the process exits.
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler(new ErrorReport());
        listExitCodes(commandLine);
        return commandLine;
    }

    /** Lists corridor's exit codes in the help of every command that does not list its own. */
    private static void listExitCodes(CommandLine commandLine) {
        var usage = commandLine.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
        }
        commandLine.getSubcommands().values().forEach(Main::listExitCodes);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. corridor solve DATASET.");
    }
}
