package dev.corridor.cli;

import dev.corridor.Reports;
import dev.corridor.model.io.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides, before any work is done, whether writing an output could destroy something the user
 * gave: the input itself, a directory, or a file this tool did not write.
 */
final class OutputGuard {

    /** Which existing files an output may replace without --force. */
    enum Replaces {
        /** A plan this tool wrote: solving again refreshes it. */
        PLANS,
        /** A report this tool wrote: reporting again refreshes it. */
        REPORTS,
        /** Nothing: every existing file needs --force. */
        NOTHING
    }

    private OutputGuard() {
    }

    /** Refuses to write {@code target} when writing could destroy what the user gave; {@code input} may be null. */
    static void check(Path input, Path target, boolean force, Replaces replaces) throws Refusal {
        try {
            if (input != null && Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target)) {
                throw new Refusal("the output " + target + " is the dataset itself; choose another file with --output.");
            }
        } catch (IOException e) {
            throw new Refusal("cannot check the output " + target + ": " + e.getMessage());
        }
        if (Files.isDirectory(target)) {
            throw new Refusal("the output " + target + " is a directory; give a file name with --output.");
        }
        // Found now rather than after the work, when writing would fail. Missing folders are created
        // on writing, so look at the nearest one that exists.
        var folder = target.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new Refusal("the output's folder " + folder + " is a file, not a folder; choose another path with --output.");
        }
        if (!force && Files.exists(target) && !mayReplace(target, replaces)) {
            String kind = switch (replaces) {
                case PLANS -> " and is not a plan";
                case REPORTS -> " and is not a report";
                case NOTHING -> "";
            };
            throw new Refusal("the output " + target + " exists" + kind
                    + "; choose another file with --output, or add --force to overwrite it.");
        }
    }

    private static boolean mayReplace(Path target, Replaces replaces) {
        return switch (replaces) {
            case PLANS -> PlanJson.isPlanFile(target);
            case REPORTS -> Reports.isReport(target);
            case NOTHING -> false;
        };
    }
}
