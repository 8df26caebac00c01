package dev.corridor.cli;

import dev.corridor.Reports;
import dev.corridor.model.io.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output FILE} and {@code --force}, mixed into every command that writes a file, with
 * the check that goes with them: before any work is done, refuse an output whose writing could
 * destroy something the user gave (the input itself, a directory, a file this tool did not write).
 * The options are the same in every command but their help is not (what is written, where by
 * default, what --force allows); {@link OutputHelp} holds it by command.
 */
abstract class OutputOptions {

    /** Which existing files an output may replace without --force. */
    enum Replaces {
        /** A plan this tool wrote: solving again refreshes it. */
        PLANS("Overwrite the output file even if it is not a plan this tool wrote.", " and is not a plan"),
        /** A report this tool wrote: reporting again refreshes it. */
        REPORTS("Overwrite the output file even if it is not a report this tool wrote.", " and is not a report"),
        /** Nothing: every existing file needs --force. */
        NOTHING("Overwrite the output file if it exists.", "");

        /** What --force does for a command whose output replaces these. */
        final String forceHelp;
        /** Said of an existing file it may not replace, after "the output X exists". */
        private final String isNot;

        Replaces(String forceHelp, String isNot) {
            this.forceHelp = forceHelp;
            this.isNot = isNot;
        }

        boolean mayReplace(Path file) {
            return switch (this) {
                case PLANS -> PlanJson.isPlanFile(file);
                case REPORTS -> Reports.isReport(file);
                case NOTHING -> false;
            };
        }
    }

    @Option(names = "--force", descriptionKey = "force")
    private boolean force;

    /** The file given with --output, or null. */
    abstract Path file();

    /** The file given with --output, else the command's own choice. */
    Path fileOr(Path byDefault) {
        return file() != null ? file() : byDefault;
    }

    /**
     * Refuses to write {@code target} where writing could destroy what the user gave: the input
     * ({@code null} for none), a directory, or an existing file other than what {@code replaces}
     * allows unless --force was given.
     */
    void check(Path input, Path target, Replaces replaces) throws Refusal {
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
        if (!force && Files.exists(target) && !replaces.mayReplace(target)) {
            throw new Refusal("the output " + target + " exists" + replaces.isNot
                    + "; choose another file with --output, or add --force to overwrite it.");
        }
    }

    /**
     * An output the command may do without, or has a place of its own for. Two classes because
     * picocli reads whether an option is required from its annotation.
     */
    static final class Optional extends OutputOptions {

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
        private Path file;

        @Override
        Path file() {
            return file;
        }
    }

    /** An output the command must be given. */
    static final class Required extends OutputOptions {

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "output")
        private Path file;

        @Override
        Path file() {
            return file;
        }
    }
}
