package dev.corridor.benchmarks.psplib;

import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A bench run's results as CSV, one row an instance, each with the settings it was solved under. The
 * bench rewrites the file after every instance, so a run stopped after hours keeps what it finished
 * and can be resumed from it under the same settings.
 */
final class ResultsCsv {

    static final String HEADER = "instance,makespan,feasible,checked,critical_path,lower_bound,best_known,lft_rule,"
            + "above_critical_path_pct,above_best_known_pct,millis,moves,cpsat_makespan,cpsat_checked,cpsat_optimal,"
            + "cpsat_millis,time_limit_ms,seed,peer_threads";

    private static final String[] COLUMN_NAMES = HEADER.split(",");

    /** What a row was solved under: a run resumes only rows solved the way it would solve them. */
    record Settings(long timeLimitMillis, long seed, int peerThreads) {
    }

    private ResultsCsv() {
    }

    /** Writes the whole file anew, through a temporary file, so a reader never sees half of it. */
    static void write(List<InstanceResult> results, Settings settings, Path file) throws IOException {
        var csv = new StringBuilder(HEADER).append('\n');
        for (var r : results) {
            var peer = r.peer();
            csv.append(String.format(Locale.ROOT, "%s,%d,%b,%b,%d,%s,%s,%d,%.4f,%s,%d,%d,%s,%s,%s,%s,%d,%d,%d%n",
                    r.instance(), r.makespan(), r.feasible(), r.checked(), r.criticalPath(), text(r.lowerBound()),
                    text(r.bestKnown()), r.baseline(), r.aboveCriticalPath(),
                    r.aboveBestKnown() == null ? "" : String.format(Locale.ROOT, "%.4f", r.aboveBestKnown()),
                    r.millis(), r.moves(), peer == null || !peer.found() ? "" : peer.makespan(),
                    peer == null ? "" : peer.checked(), peer == null ? "" : peer.optimal(),
                    peer == null ? "" : peer.millis(), settings.timeLimitMillis(), settings.seed(), settings.peerThreads()));
        }
        JsonFiles.writeAtomically(file, csv.toString());
    }

    /**
     * The results in a file this bench wrote, every row checked to have been solved under
     * {@code settings}: a resumed run must not mix budgets, seeds or peers.
     */
    static List<InstanceResult> read(Path file, Settings settings) throws IOException, InvalidInputException {
        var source = file.toString();
        var lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            var what = !lines.isEmpty() && lines.get(0).startsWith("instance,makespan,")
                    ? "is the header of an older bench's results, which do not record the settings they were solved under"
                    : "is not the header of a results file this bench writes";
            throw new InvalidInputException(source, "line 1",
                    what + "; name another --csv to start afresh, or pass --force to replace it.");
        }
        var results = new ArrayList<InstanceResult>();
        var lineOf = new HashMap<String, Integer>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            var result = row(source, i + 1, lines.get(i).split(",", -1), settings);
            var first = lineOf.putIfAbsent(result.instance(), i + 1);
            if (first != null) {
                throw new InvalidInputException(source, "line " + (i + 1), "repeats instance " + result.instance()
                        + " of line " + first + "; delete one of the two lines.");
            }
            results.add(result);
        }
        return results;
    }

    private static InstanceResult row(String source, int line, String[] fields, Settings settings)
            throws InvalidInputException {
        var at = "line " + line;
        if (fields.length != COLUMN_NAMES.length) {
            throw new InvalidInputException(source, at, "has " + fields.length + " columns where " + COLUMN_NAMES.length
                    + " were written; the file was cut or edited. Delete the line to solve that instance again.");
        }
        var row = new Row(source, at, fields);
        var solvedUnder = new Settings(row.number(16), row.number(17), row.count(18));
        if (!solvedUnder.equals(settings)) {
            throw new InvalidInputException(source, at, String.format(Locale.ROOT,
                    "was solved with --time-limit %d ms, --seed %d and %d peer threads, and this run asks for %d ms, "
                            + "seed %d and %d; resume with the settings the file was written under, or name another --csv.",
                    solvedUnder.timeLimitMillis(), solvedUnder.seed(), solvedUnder.peerThreads(),
                    settings.timeLimitMillis(), settings.seed(), settings.peerThreads()));
        }
        InstanceResult.PeerResult peer = null;
        if (!fields[13].isEmpty()) {
            peer = new InstanceResult.PeerResult(fields[12].isEmpty() ? -1 : row.count(12), row.flag(13),
                    row.flag(14), row.number(15));
        }
        return new InstanceResult(fields[0], row.count(1), row.flag(2), row.flag(3), row.count(4),
                row.optional(5), row.optional(6), row.count(7), row.number(10), row.number(11), peer);
    }

    /** One row's fields, read with the line and column named in any complaint. */
    private record Row(String source, String at, String[] fields) {

        long number(int column) throws InvalidInputException {
            try {
                return Long.parseLong(fields[column]);
            } catch (NumberFormatException e) {
                throw complaint(column, "a whole number");
            }
        }

        /** A period count or a number of threads: an int, not negative. */
        int count(int column) throws InvalidInputException {
            long value;
            try {
                value = Long.parseLong(fields[column]);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw complaint(column, "a whole number from 0 to " + Integer.MAX_VALUE);
            }
            return (int) value;
        }

        Integer optional(int column) throws InvalidInputException {
            return fields[column].isEmpty() ? null : count(column);
        }

        boolean flag(int column) throws InvalidInputException {
            return switch (fields[column]) {
                case "true" -> true;
                case "false" -> false;
                default -> throw complaint(column, "true or false");
            };
        }

        private InvalidInputException complaint(int column, String expected) {
            return new InvalidInputException(source, at + ", column " + COLUMN_NAMES[column],
                    "holds \"" + fields[column] + "\" where " + expected + " was written; the file was edited. "
                            + "Delete the line to solve that instance again.");
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
