package dev.corridor.io;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.ProjectJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PSPLIB single-mode instance ({@code .sm}) as a project. Stage ids are the PSPLIB job
 * numbers; the dummy source and sink are left out, since they take no time and hold nothing.
 */
public final class PsplibReader {

    private final String source;
    private final List<String> lines;
    private int cursor;

    private PsplibReader(String source, String text) {
        this.source = source;
        this.lines = text.lines().toList();
    }

    public static Project read(Path file) throws InvalidInputException {
        var name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parse(file.toString(), name, ProjectJson.readText(file));
    }

    public static Project parse(String source, String name, String text) throws InvalidInputException {
        return new PsplibReader(source, text).project(name);
    }

    private Project project(String name) throws InvalidInputException {
        if (lines.stream().allMatch(String::isBlank)) {
            throw error(1, "the file is empty; expected a PSPLIB .sm instance.");
        }
        int jobCount = number(find("jobs (incl. supersource/sink"), "the job count");
        int horizon = number(find("horizon"), "the horizon");
        int renewable = number(find("- renewable"), "the number of renewable resources");

        find("PRECEDENCE RELATIONS");
        cursor++; // column header
        var successors = new ArrayList<int[]>();
        for (int j = 1; j <= jobCount; j++) {
            var fields = row("precedence relations of job " + j);
            if (fields.length < 3 || fields[0] != j || fields.length != 3 + fields[2]) {
                throw error(cursor, "expected job " + j + " with its mode count, successor count and successors.");
            }
            successors.add(java.util.Arrays.copyOfRange(fields, 3, fields.length));
        }

        find("REQUESTS/DURATIONS");
        cursor += 2; // column header and dashes
        var durations = new int[jobCount + 1];
        var demands = new int[jobCount + 1][];
        for (int j = 1; j <= jobCount; j++) {
            var fields = row("the duration and requests of job " + j);
            if (fields.length != 3 + renewable || fields[0] != j || fields[1] != 1) {
                throw error(cursor, "expected job " + j + ", mode 1, its duration and " + renewable
                        + " resource requests. Only single-mode (.sm) instances are read.");
            }
            durations[j] = fields[2];
            demands[j] = java.util.Arrays.copyOfRange(fields, 3, fields.length);
        }

        find("RESOURCEAVAILABILITIES");
        cursor++; // resource names
        var capacities = row("the resource capacities");
        if (capacities.length != renewable) {
            throw error(cursor, "expected " + renewable + " resource capacities.");
        }

        var resources = new ArrayList<Resource>();
        for (int r = 0; r < renewable; r++) {
            resources.add(new Resource("R" + (r + 1), capacities[r]));
        }
        var predecessors = new LinkedHashMap<Integer, List<Predecessor>>();
        for (int j = 1; j <= jobCount; j++) {
            for (int successor : successors.get(j - 1)) {
                if (successor < 1 || successor > jobCount) {
                    throw error(cursor, "job " + j + " names successor " + successor + ", which does not exist.");
                }
                if (j != 1 && successor != jobCount) {
                    predecessors.computeIfAbsent(successor, s -> new ArrayList<>())
                            .add(Predecessor.finishToStart(Integer.toString(j)));
                }
            }
        }
        var stages = new ArrayList<Stage>();
        for (int j = 2; j < jobCount; j++) {
            Map<String, Integer> demand = new LinkedHashMap<>();
            for (int r = 0; r < renewable; r++) {
                if (demands[j][r] > 0) {
                    demand.put("R" + (r + 1), demands[j][r]);
                }
            }
            var id = Integer.toString(j);
            stages.add(new Stage(id, "job " + j, CorridorSystem.SHARED, null, null, null,
                    List.of(new Mode("1", durations[j], 0, demand)), predecessors.getOrDefault(j, List.of())));
        }
        return new Project(Project.SCHEMA_VERSION, name, PeriodUnit.PERIOD, null, horizon, null, null, resources,
                List.of(), List.of(), stages, List.of(), List.of(), null);
    }

    /** Moves the cursor to the line that starts with {@code prefix}; returns that line. */
    private String find(String prefix) throws InvalidInputException {
        for (int i = cursor; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(prefix)) {
                cursor = i + 1;
                return lines.get(i);
            }
        }
        throw error(lines.size(), "no line starting with \"" + prefix + "\" found; the file is truncated or not a PSPLIB .sm instance.");
    }

    private int number(String line, String what) throws InvalidInputException {
        var value = line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0];
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(cursor, "could not read " + what + " from \"" + line.trim() + "\".");
        }
    }

    /** The whole numbers on the next non-blank line. */
    private int[] row(String what) throws InvalidInputException {
        while (cursor < lines.size() && lines.get(cursor).isBlank()) {
            cursor++;
        }
        if (cursor >= lines.size() || lines.get(cursor).startsWith("*")) {
            throw error(cursor, "the file ends before " + what + "; it looks truncated.");
        }
        var text = lines.get(cursor++).trim().split("\\s+");
        var values = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            try {
                values[i] = Integer.parseInt(text[i]);
            } catch (NumberFormatException e) {
                throw error(cursor, "expected whole numbers for " + what + " but found \"" + text[i] + "\".");
            }
        }
        return values;
    }

    private InvalidInputException error(int line, String message) {
        return new InvalidInputException(source, "line " + Math.max(1, line), message);
    }
}
