package dev.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.check.Unreadable;
import dev.corridor.model.io.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    private final StringWriter err = new StringWriter();

    /** What {@code corridor solve} reports when its work throws {@code exception}, and its exit code. */
    private int reportFromSolve(Exception exception) {
        var commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return new ErrorReport().handleExecutionException(exception, commandLine.getSubcommands().get("solve"), null);
    }

    @Test
    void aRefusalIsToldAfterTheCommandsNameAndExitsTwo() {
        int code = reportFromSolve(new Refusal("--step-limit must not be negative (got -1)."));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("corridor solve: --step-limit must not be negative (got -1).");
    }

    @Test
    void invalidInputIsToldFileFirstWithEveryProblem() {
        int code = reportFromSolve(new InvalidInputException("tunnel.json", "$.stages[3].duration", "must be positive; "
                + "give the months it takes."));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("tunnel.json: 1 problem",
                "  $.stages[3].duration: must be positive; give the months it takes.");
    }

    @Test
    void aPlanTheCheckerCannotReadIsToldByItsPathAndField() {
        int code = reportFromSolve(new Unreadable("tunnel.plan.json", "$.stages", "expected an array"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("tunnel.plan.json: $.stages: expected an array");
    }

    @Test
    void aBugKeepsItsStackTraceAndExitsOne() {
        int code = reportFromSolve(new IllegalStateException("the decoder lost stage tunnel-bore-east"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("corridor: internal error: java.lang.IllegalStateException: "
                + "the decoder lost stage tunnel-bore-east").contains("\tat dev.corridor.cli.ErrorReportTest");
    }
}
