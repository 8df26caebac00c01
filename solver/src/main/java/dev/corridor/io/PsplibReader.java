package dev.corridor.io;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.Stage;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.Problem;
import dev.corridor.model.io.ProjectJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PSPLIB instance, single-mode ({@code .sm}) or multi-mode ({@code .mm}), as a project.
 * Stage ids are the PSPLIB job numbers and mode ids the mode numbers; the dummy source and sink are
 * left out, since they take no time and hold nothing. Non-renewable resources (N 1, N 2) become
 * project-wide stocks that the modes consume.
 */
public final class PsplibReader {

    /** Bounds beyond which a number in an instance is corruption, not a project (as for dataset JSON). */
    private static final int MAX_JOBS = 100_000;
    private static final int MAX_PERIOD = 100_000;
    private static final int MAX_RESOURCES = 1_000;
    private static final int MAX_MODES = 100;

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
            throw error(1, "the file is empty; expected a PSPLIB .sm or .mm instance.");
        }
        // At least one real job besides the dummy source and sink; the bounds also keep a corrupted count
        // from sizing the arrays below.
        int jobCount = number(find("jobs (incl. supersource/sink"), "the job count", 3, MAX_JOBS);
        int horizon = number(find("horizon"), "the horizon", 1, MAX_PERIOD);
        int renewable = number(find("- renewable"), "the number of renewable resources", 0, MAX_RESOURCES);
        int nonrenewable = number(find("- nonrenewable"), "the number of non-renewable resources", 0, MAX_RESOURCES);
        int kinds = renewable + nonrenewable;

        find("PRECEDENCE RELATIONS");
        cursor++; // column header
        var successors = new ArrayList<int[]>();
        var modeCount = new int[jobCount + 1];
        var precedenceLines = new int[jobCount + 1];
        for (int j = 1; j <= jobCount; j++) {
            var fields = row("precedence relations of job " + j);
            if (fields.length < 3 || fields[0] != j || fields[1] < 1 || fields[1] > MAX_MODES
                    || fields.length != 3 + fields[2]) {
                throw error(cursor, "expected job " + j + " with its mode count (1 to " + MAX_MODES
                        + "), successor count and successors. The file may be truncated or edited; restore the line.");
            }
            precedenceLines[j] = cursor;
            modeCount[j] = fields[1];
            successors.add(java.util.Arrays.copyOfRange(fields, 3, fields.length));
        }

        find("REQUESTS/DURATIONS");
        cursor += 2; // column header and dashes
        // durations[j][m], demands[j][m][r]: renewable requests first, then non-renewable consumption.
        var durations = new int[jobCount + 1][];
        var demands = new int[jobCount + 1][][];
        var requestLines = new int[jobCount + 1][];
        for (int j = 1; j <= jobCount; j++) {
            durations[j] = new int[modeCount[j]];
            demands[j] = new int[modeCount[j]][];
            requestLines[j] = new int[modeCount[j]];
            for (int m = 1; m <= modeCount[j]; m++) {
                var fields = row("the duration and requests of job " + j + ", mode " + m);
                // The first line of a job starts with its number; its other modes leave it out.
                int offset = m == 1 ? 1 : 0;
                if (fields.length != offset + 2 + kinds || (m == 1 && fields[0] != j) || fields[offset] != m) {
                    throw error(cursor, "expected " + (m == 1 ? "job " + j + ", " : "") + "mode " + m
                            + ", its duration and " + kinds + " resource requests. The file may be truncated or"
                            + " edited; restore the line.");
                }
                requestLines[j][m - 1] = cursor;
                durations[j][m - 1] = fields[offset + 1];
                demands[j][m - 1] = java.util.Arrays.copyOfRange(fields, offset + 2, fields.length);
            }
        }

        find("RESOURCEAVAILABILITIES");
        cursor++; // resource names
        var capacities = row("the resource capacities");
        if (capacities.length != kinds) {
            throw error(cursor, "expected " + kinds + " resource capacities.");
        }
        int capacityLine = cursor;

        // The numbers are read; now check what they mean, reporting every problem rather than the first.
        var problems = new ArrayList<Problem>();
        for (int r = 0; r < kinds; r++) {
            if (capacities[r] < 0) {
                problems.add(problem(capacityLine, "resource " + resourceId(r, renewable) + " has capacity "
                        + capacities[r] + "; a capacity cannot be negative."));
            }
        }
        // A mode asking for more than ever exists can never run. In a multi-mode job that only rules the
        // mode out (PSPLIB's J30 multi-mode set has such modes); a job left with none is an error.
        var usable = new boolean[jobCount + 1][];
        for (int j = 1; j <= jobCount; j++) {
            usable[j] = new boolean[modeCount[j]];
            for (int m = 0; m < modeCount[j]; m++) {
                usable[j][m] = true;
                for (int r = 0; r < kinds; r++) {
                    if (capacities[r] >= 0 && demands[j][m][r] > capacities[r]) {
                        usable[j][m] = false;
                    }
                }
            }
        }
        for (int j = 1; j <= jobCount; j++) {
            boolean anyUsable = false;
            for (boolean u : usable[j]) {
                anyUsable |= u;
            }
            for (int m = 0; m < modeCount[j]; m++) {
                var what = "job " + j + (modeCount[j] > 1 ? " in mode " + (m + 1) : "");
                if (durations[j][m] < 0 || durations[j][m] > horizon) {
                    problems.add(problem(requestLines[j][m], what + " has duration " + durations[j][m]
                            + "; it must be between 0 and the horizon (" + horizon + ")."));
                }
                for (int r = 0; r < kinds; r++) {
                    int demand = demands[j][m][r];
                    if (demand < 0) {
                        problems.add(problem(requestLines[j][m], what + " requests " + demand + " of "
                                + resourceId(r, renewable) + "; a request cannot be negative."));
                    } else if (capacities[r] >= 0 && demand > capacities[r] && !anyUsable) {
                        // No plan could ever hold it: refuse the file rather than plan with a forced overload.
                        problems.add(problem(requestLines[j][m], what + " requests " + demand + " of "
                                + resourceId(r, renewable) + " but only " + capacities[r] + " exist (line "
                                + capacityLine + "). Lower the request or raise the capacity."));
                    }
                }
            }
            for (int successor : successors.get(j - 1)) {
                if (successor < 1 || successor > jobCount) {
                    problems.add(problem(precedenceLines[j], "job " + j + " names successor " + successor
                            + ", which does not exist; jobs run from 1 to " + jobCount + "."));
                } else if (successor == j) {
                    problems.add(problem(precedenceLines[j], "job " + j + " names itself as a successor. Remove it."));
                }
            }
        }
        if (problems.isEmpty()) {
            var cycle = cycle(successors, jobCount);
            if (!cycle.isEmpty()) {
                problems.add(problem(precedenceLines[cycle.get(0)], "precedence cycle among jobs "
                        + cycle.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + "; none of them could ever start. Remove one of their successor links."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }

        var resources = new ArrayList<Resource>();
        for (int r = 0; r < kinds; r++) {
            var id = resourceId(r, renewable);
            resources.add(new Resource(id, id, capacities[r], List.of(),
                    r < renewable ? ResourceKind.RENEWABLE : ResourceKind.NONRENEWABLE));
        }
        var predecessors = new LinkedHashMap<Integer, List<Predecessor>>();
        for (int j = 1; j <= jobCount; j++) {
            for (int successor : successors.get(j - 1)) {
                if (j != 1 && successor != jobCount) {
                    predecessors.computeIfAbsent(successor, s -> new ArrayList<>())
                            .add(Predecessor.finishToStart(Integer.toString(j)));
                }
            }
        }
        var stages = new ArrayList<Stage>();
        for (int j = 2; j < jobCount; j++) {
            var modes = new ArrayList<Mode>();
            for (int m = 0; m < modeCount[j]; m++) {
                if (!usable[j][m]) {
                    continue;
                }
                Map<String, Integer> demand = new LinkedHashMap<>();
                for (int r = 0; r < kinds; r++) {
                    if (demands[j][m][r] > 0) {
                        demand.put(resourceId(r, renewable), demands[j][m][r]);
                    }
                }
                modes.add(new Mode(Integer.toString(m + 1), durations[j][m], Money.ZERO, demand));
            }
            var id = Integer.toString(j);
            stages.add(new Stage(id, "job " + j, CorridorSystem.SHARED, null, null, null, modes,
                    predecessors.getOrDefault(j, List.of())));
        }
        return new Project(Project.SCHEMA_VERSION, name, PeriodUnit.PERIOD, null, horizon, null, null, resources,
                List.of(), List.of(), stages, List.of(), List.of(), null);
    }

    /** PSPLIB's names: R 1, R 2, … for renewable resources, then N 1, N 2, … for non-renewable ones. */
    private static String resourceId(int index, int renewable) {
        return index < renewable ? "R" + (index + 1) : "N" + (index - renewable + 1);
    }

    /**
     * The jobs on a precedence cycle (or between two cycles), in order; empty when there is none.
     * Peels off jobs that could be scheduled first and jobs that nothing after them waits on last
     * (Kahn's algorithm both ways), so a long chain cannot exhaust the stack and jobs merely
     * blocked by a cycle are not named as part of it.
     */
    private static List<Integer> cycle(List<int[]> successors, int jobCount) {
        var left = new boolean[jobCount + 1];
        java.util.Arrays.fill(left, 1, jobCount + 1, true);
        peel(successors, jobCount, left, true);
        peel(successors, jobCount, left, false);
        var cycle = new ArrayList<Integer>();
        for (int j = 1; j <= jobCount; j++) {
            if (left[j]) {
                cycle.add(j);
            }
        }
        return cycle;
    }

    /** Repeatedly removes from {@code left} the jobs with no predecessor (or, backwards, no successor) left. */
    private static void peel(List<int[]> successors, int jobCount, boolean[] left, boolean forwards) {
        var links = new int[jobCount + 1];
        var reverse = new ArrayList<List<Integer>>();
        for (int j = 0; j <= jobCount; j++) {
            reverse.add(new ArrayList<>());
        }
        for (int j = 1; j <= jobCount; j++) {
            for (int successor : successors.get(j - 1)) {
                if (left[j] && left[successor]) {
                    links[forwards ? successor : j]++;
                    reverse.get(forwards ? j : successor).add(forwards ? successor : j);
                }
            }
        }
        var free = new java.util.ArrayDeque<Integer>();
        for (int j = 1; j <= jobCount; j++) {
            if (left[j] && links[j] == 0) {
                free.add(j);
            }
        }
        while (!free.isEmpty()) {
            int job = free.poll();
            left[job] = false;
            for (int next : reverse.get(job)) {
                if (--links[next] == 0) {
                    free.add(next);
                }
            }
        }
    }

    /** Moves the cursor to the line that starts with {@code prefix}; returns that line. */
    private String find(String prefix) throws InvalidInputException {
        for (int i = cursor; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(prefix)) {
                cursor = i + 1;
                return lines.get(i);
            }
        }
        throw error(lines.size(), "no line starting with \"" + prefix + "\" found; the file is truncated or not a PSPLIB instance.");
    }

    private int number(String line, String what, int min, int max) throws InvalidInputException {
        var value = line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0];
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(cursor, "could not read " + what + " from \"" + line.trim() + "\".");
        }
        if (number < min || number > max) {
            throw error(cursor, what + " is " + number + " but must be between " + min + " and " + max + ".");
        }
        return number;
    }

    /** The whole numbers on the next non-blank line. */
    private int[] row(String what) throws InvalidInputException {
        while (cursor < lines.size() && lines.get(cursor).isBlank()) {
            cursor++;
        }
        if (cursor >= lines.size() || lines.get(cursor).startsWith("*")) {
            // Name the line where the row should have been (cursor is 0-based), or the last line.
            throw error(Math.min(cursor + 1, lines.size()), "the file ends before " + what + "; it looks truncated.");
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
        return new InvalidInputException(source, List.of(problem(line, message)));
    }

    private static Problem problem(int line, String message) {
        return new Problem("line " + Math.max(1, line), message);
    }
}
