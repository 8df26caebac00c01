package dev.corridor.benchmarks.psplib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bench run's results as CSV, one row an instance, each with the settings it was solved under. The
 * bench rewrites the file after every instance, so a run stopped after hours keeps what it finished
 * and can be resumed from it under the same settings. Rows are written and read by column name;
 * the file is the one earlier benches wrote, so the results under benchmarks/results resume.
 */
final class ResultsCsv {

    /** The columns in the order written: the header line, and the names every cell is read by. */
    private static final List<String> COLUMNS = List.of("instance", "makespan", "feasible", "checked", "critical_path",
            "lower_bound", "best_known", "lft_rule", "above_critical_path_pct", "above_best_known_pct", "millis", "moves",
            "cpsat_makespan", "cpsat_checked", "cpsat_optimal", "cpsat_millis", "time_limit_ms", "seed", "peer_threads");

    static final String HEADER = String.join(",", COLUMNS);

    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setUseHeader(true).build();

    private static final CsvMapper CSV = CsvMapper.builder()
            // Quotes only a cell that needs them (none of ours does), so the file is plain as before.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            // Each line as its cells, however many: a line of another length is named, not cut to fit.
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            // A comma at the end of a line is one cell more, as it always was here.
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    /** What a row was solved under: a run resumes only rows solved the way it would solve them. */
    record Settings(long timeLimitMillis, long seed, int peerThreads) {
    }

    private ResultsCsv() {
    }

    /** Writes the whole file anew, through a temporary file, so a reader never sees half of it. */
    static void write(List<InstanceResult> results, Settings settings, Path file) throws IOException {
        var rows = results.stream().map(result -> row(result, settings)).toList();
        JsonFiles.writeAtomically(file, CSV.writer(SCHEMA).writeValueAsString(rows));
    }

    /** A result's cells by column; a cell left null is written empty. */
    private static Map<String, Object> row(InstanceResult r, Settings settings) {
        var peer = r.peer();
        var row = new HashMap<String, Object>();
        row.put("instance", r.instance());
        row.put("makespan", r.makespan());
        row.put("feasible", r.feasible());
        row.put("checked", r.checked());
        row.put("critical_path", r.criticalPath());
        row.put("lower_bound", r.lowerBound());
        row.put("best_known", r.bestKnown());
        row.put("lft_rule", r.baseline());
        row.put("above_critical_path_pct", percent(r.aboveCriticalPath()));
        row.put("above_best_known_pct", r.aboveBestKnown() == null ? null : percent(r.aboveBestKnown()));
        row.put("millis", r.millis());
        row.put("moves", r.moves());
        row.put("cpsat_makespan", peer == null || !peer.found() ? null : peer.makespan());
        row.put("cpsat_checked", peer == null ? null : peer.checked());
        row.put("cpsat_optimal", peer == null ? null : peer.optimal());
        row.put("cpsat_millis", peer == null ? null : peer.millis());
        row.put("time_limit_ms", settings.timeLimitMillis());
        row.put("seed", settings.seed());
        row.put("peer_threads", settings.peerThreads());
        return row;
    }

    /** Four decimals always, as the committed results have them. */
    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * The results in a file this bench wrote, every row checked to have been solved under
     * {@code settings}: a resumed run must not mix budgets, seeds or peers.
     */
    static List<InstanceResult> read(Path file, Settings settings) throws IOException, InvalidInputException {
        var source = file.toString();
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(file.toFile())) {
            var header = lines.hasNextValue() ? lines.nextValue() : List.<String>of();
            if (!header.equals(COLUMNS)) {
                var what = String.join(",", header).startsWith("instance,makespan,")
                        ? "is the header of an older bench's results, which do not record the settings they were solved under"
                        : "is not the header of a results file this bench writes";
                throw new InvalidInputException(source, "line 1",
                        what + "; name another --csv to start afresh, or pass --force to replace it.");
            }
            var results = new ArrayList<InstanceResult>();
            var lineOf = new HashMap<String, Integer>();
            while (lines.hasNextValue()) {
                var cells = lines.nextValue();
                int line = lines.getParser().currentTokenLocation().getLineNr();
                if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                var result = result(new Row(source, line, named(source, line, header, cells)), settings);
                var first = lineOf.putIfAbsent(result.instance(), line);
                if (first != null) {
                    throw new InvalidInputException(source, "line " + line, "repeats instance " + result.instance()
                            + " of line " + first + "; delete one of the two lines.");
                }
                results.add(result);
            }
            return results;
        } catch (JsonProcessingException e) {
            // A quote left open or followed by more than a comma: not a line this bench wrote.
            var at = e.getLocation() == null ? "file" : "line " + e.getLocation().getLineNr();
            throw new InvalidInputException(source, at, "cannot be read as CSV (" + e.getOriginalMessage()
                    + "); the file was edited. Delete the line to solve that instance again.");
        }
    }

    /** A line's cells by the header's names; a line of another length was cut or edited. */
    private static Map<String, String> named(String source, int line, List<String> header, List<String> cells)
            throws InvalidInputException {
        if (cells.size() != header.size()) {
            throw new InvalidInputException(source, "line " + line, "has " + cells.size() + " columns where "
                    + header.size() + " were written; the file was cut or edited. Delete the line to solve that instance again.");
        }
        var named = new HashMap<String, String>();
        for (int i = 0; i < header.size(); i++) {
            named.put(header.get(i), cells.get(i));
        }
        return named;
    }

    private static InstanceResult result(Row row, Settings settings) throws InvalidInputException {
        var solvedUnder = new Settings(row.number("time_limit_ms"), row.number("seed"), row.count("peer_threads"));
        if (!solvedUnder.equals(settings)) {
            throw new InvalidInputException(row.source(), row.at(), String.format(Locale.ROOT,
                    "was solved with --time-limit %d ms, --seed %d and %d peer threads, and this run asks for %d ms, "
                            + "seed %d and %d; resume with the settings the file was written under, or name another --csv.",
                    solvedUnder.timeLimitMillis(), solvedUnder.seed(), solvedUnder.peerThreads(),
                    settings.timeLimitMillis(), settings.seed(), settings.peerThreads()));
        }
        InstanceResult.PeerResult peer = null;
        // A peer ran when it left a verdict; it found no schedule when it left no makespan.
        if (!row.isEmpty("cpsat_checked")) {
            peer = new InstanceResult.PeerResult(row.isEmpty("cpsat_makespan") ? -1 : row.count("cpsat_makespan"),
                    row.flag("cpsat_checked"), row.flag("cpsat_optimal"), row.number("cpsat_millis"));
        }
        return new InstanceResult(row.text("instance"), row.count("makespan"), row.flag("feasible"), row.flag("checked"),
                row.count("critical_path"), row.optional("lower_bound"), row.optional("best_known"), row.count("lft_rule"),
                row.number("millis"), row.number("moves"), peer);
    }

    /** One row's cells by column name, read with the line and column named in any complaint. */
    private record Row(String source, int line, Map<String, String> cells) {

        String at() {
            return "line " + line;
        }

        String text(String column) {
            var cell = cells.get(column);
            if (cell == null) {
                throw new IllegalArgumentException("No column " + column + " in the results; the columns are " + COLUMNS + ".");
            }
            return cell;
        }

        boolean isEmpty(String column) {
            return text(column).isEmpty();
        }

        long number(String column) throws InvalidInputException {
            try {
                return Long.parseLong(text(column));
            } catch (NumberFormatException e) {
                throw complaint(column, "a whole number");
            }
        }

        /** A period count or a number of threads: an int, not negative. */
        int count(String column) throws InvalidInputException {
            long value;
            try {
                value = Long.parseLong(text(column));
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw complaint(column, "a whole number from 0 to " + Integer.MAX_VALUE);
            }
            return (int) value;
        }

        Integer optional(String column) throws InvalidInputException {
            return isEmpty(column) ? null : count(column);
        }

        boolean flag(String column) throws InvalidInputException {
            return switch (text(column)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw complaint(column, "true or false");
            };
        }

        private InvalidInputException complaint(String column, String expected) {
            return new InvalidInputException(source, at() + ", column " + column,
                    "holds \"" + text(column) + "\" where " + expected + " was written; the file was edited. "
                            + "Delete the line to solve that instance again.");
        }
    }
}
