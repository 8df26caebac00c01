package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Unreadable;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the command line in this JVM: its exit code and what it printed. A plan that solve or
 * finance writes goes through the independent checker before the run is handed back, so no plan a
 * test makes from the command line escapes it.
 */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        var run = new CliRun(code, out.toString(), err.toString());
        run.checkWrittenPlan(args);
        return run;
    }

    /** A user error is reported in words: no Java exception, class name or stack frame. */
    void assertNoStackTrace() {
        for (var text : List.of(out, err)) {
            assertThat(text).doesNotContain("Exception", "\tat ", "java.", "dev.corridor", "corridor: internal error");
        }
    }

    /**
     * The plan written by solve or finance: every figure true, and exit 0 exactly when it holds every
     * rule (3 when it breaks one or money is short).
     */
    private void checkWrittenPlan(String[] args) {
        var arguments = Arrays.asList(args);
        int o = Math.max(arguments.indexOf("-o"), arguments.indexOf("--output"));
        boolean writes = !arguments.isEmpty() && (arguments.get(0).equals("solve")
                || (arguments.get(0).equals("finance") && o >= 0));
        if (!writes || (code != 0 && code != 3) || arguments.stream().anyMatch(a -> a.startsWith("-h")
                || a.startsWith("--h") || a.equals("-V") || a.equals("--version"))) {
            return;
        }
        var dataset = Path.of(arguments.get(1));
        var plan = o >= 0 ? Path.of(arguments.get(o + 1)) : SolveCommand.defaultOutput(dataset);
        try {
            var project = DatasetFiles.read(dataset);
            var verdict = PlanCheck.check(dataset.toString(), JsonFiles.toJson(project), plan.toString(),
                    Files.readString(plan));
            if (!verdict.of(Rule.FIGURE).isEmpty() || verdict.holds() != (code == 0)) {
                var found = new StringBuilder();
                verdict.violations().forEach(v -> found.append("\n  ").append(v.message()));
                throw new AssertionError("corridor " + String.join(" ", args) + " exited " + code
                        + "; the independent checker finds in " + plan + ":" + (found.length() == 0 ? " nothing" : found));
            }
        } catch (InvalidInputException | Unreadable | IOException e) {
            throw new AssertionError("corridor " + String.join(" ", args) + " exited " + code
                    + " but its plan cannot be checked: " + e.getMessage(), e);
        }
    }
}
