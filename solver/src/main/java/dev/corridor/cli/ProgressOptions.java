package dev.corridor.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --[no-]progress}, mixed into commands that search for a while: whether to show the best plan so far. */
final class ProgressOptions {

    @Option(names = "--progress", negatable = true,
            description = "Show how far the run has got: the best plan so far while solving, the scenarios done in a risk analysis (default: on a terminal only).")
    private Boolean progress;

    /**
     * Where to show progress, or null for nowhere. Unasked, only a terminal shows it (a log file
     * would fill with it); asked for, it is redrawn in place on a terminal and printed line by line
     * elsewhere.
     */
    <T> ProgressLine<T> line(PrintWriter err, java.util.function.Function<T, String> describe) {
        boolean terminal = System.console() != null;
        if (progress == null) {
            return terminal ? new ProgressLine<>(err, true, describe) : null;
        }
        return progress ? new ProgressLine<>(err, terminal, describe) : null;
    }
}
