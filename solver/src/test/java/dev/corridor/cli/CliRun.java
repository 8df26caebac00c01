package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in this JVM: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A user error is reported in words: no Java exception, class name or stack frame. */
    void assertNoStackTrace() {
        for (var text : List.of(out, err)) {
            assertThat(text).doesNotContain("Exception", "\tat ", "java.", "dev.corridor", "corridor: internal error");
        }
    }
}
