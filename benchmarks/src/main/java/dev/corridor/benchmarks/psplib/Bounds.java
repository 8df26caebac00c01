package dev.corridor.benchmarks.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Known bounds per instance, from a tab-separated table with the columns
 * {@code instance lower_bound best_known_upper_bound source} (an empty lower bound where none is known).
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

    Bound of(String instance) {
        return byInstance.get(instance);
    }
}
