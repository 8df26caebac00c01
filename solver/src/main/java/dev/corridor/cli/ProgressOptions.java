package dev.corridor.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --[no-]progress}, mixed into commands that search for a while: whether to show the best plan so far. */
final class ProgressOptions {

    @Option(names = "--progress", negatable = true,
            description = "Show the best plan so far while solving (default: on a terminal only).")
    private Boolean progress;

    /**
     * Where to show progress, or null for nowhere. Unasked, only a terminal shows it (a log file
     * would fill with it); asked for, it is redrawn in place on a terminal and printed line by line
     * elsewhere.
     */
    ProgressLine line(PrintWriter err, String unit) {
        boolean terminal = System.console() != null;
        if (progress == null) {
            return terminal ? new ProgressLine(err, true, unit) : null;
        }
        return progress ? new ProgressLine(err, terminal, unit) : null;
    }
}
