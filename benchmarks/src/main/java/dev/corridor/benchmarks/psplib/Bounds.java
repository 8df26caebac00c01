package dev.corridor.benchmarks.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Known bounds per instance, from a tab-separated table with the columns
 * {@code instance lower_bound best_known_upper_bound source} (an empty lower bound where none is known),
 * or from a PSPLIB solution list such as {@code j30hrs.mm} (parameter, instance, best-known makespan),
 * which gives upper bounds only.
 */
record Bounds(Map<String, Bound> byInstance) {

    record Bound(Integer lower, int bestKnown) {

        boolean provenOptimal() {
            return lower != null && lower == bestKnown;
        }
    }

    static Bounds none() {
        return new Bounds(Map.of());
    }

    static Bounds read(Path table) throws IOException {
        var name = table.getFileName().toString();
        if (name.matches("j\\d+hrs\\..*")) {
            return readSolutionList(table, name.substring(0, name.indexOf("hrs")));
        }
        var bounds = new HashMap<String, Bound>();
        for (var line : Files.readAllLines(table)) {
            var fields = line.split("\t", -1);
            if (fields.length < 3 || fields[0].equals("instance") || fields[0].isBlank()) {
                continue;
            }
            var lower = fields[1].isBlank() ? null : Integer.valueOf(fields[1].trim());
            bounds.put(fields[0].trim(), new Bound(lower, Integer.parseInt(fields[2].trim())));
        }
        return new Bounds(bounds);
    }

    /** PSPLIB's list of best-known makespans: rows of parameter, instance, makespan, date and author. */
    private static Bounds readSolutionList(Path list, String set) throws IOException {
        var bounds = new HashMap<String, Bound>();
        // Authors' names in these old lists are Latin-1, not UTF-8.
        for (var line : Files.readAllLines(list, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            var fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[0].matches("\\d+") && fields[1].matches("\\d+") && fields[2].matches("\\d+")) {
                bounds.put(set + fields[0] + "_" + fields[1], new Bound(null, Integer.parseInt(fields[2])));
            }
        }
        return new Bounds(bounds);
    }

    Bound of(String instance) {
        return byInstance.get(instance);
    }
}
