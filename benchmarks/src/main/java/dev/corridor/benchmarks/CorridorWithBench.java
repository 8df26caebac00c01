package dev.corridor.benchmarks;

import dev.corridor.benchmarks.psplib.BenchCommand;
import dev.corridor.cli.Main;

/**
 * The {@code corridor} command with {@code bench} among its subcommands: what the launcher runs for
 * {@code corridor bench ...}. The same command tree as the solver's (help, version, exit codes, the
 * reporting of errors), grown by the one command whose peers (OR-Tools) the solver must not carry.
 */
public final class CorridorWithBench {

    private CorridorWithBench() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(Main.commandLine(new BenchCommand()), args));
    }
}
