package dev.corridor.cli;

import dev.corridor.check.Unreadable;
import dev.corridor.model.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How a command that failed is reported, in one place for the whole command tree: a user error in
 * words on stderr with exit 2, a bug with its stack trace and exit 1. Commands throw and leave the
 * printing here, so every command reports the same mistake the same way.
 */
final class ErrorReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        var err = command.getErr();
        if (exception instanceof InvalidInputException invalid) {
            // Names the file, then every problem in it on a line of its own.
            err.print(invalid.describe());
            return ExitCode.BAD_INPUT;
        }
        if (exception instanceof Unreadable unreadable) {
            // Already names the file and the field.
            err.println(unreadable.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (exception instanceof Refusal refusal) {
            err.println(command.getCommandSpec().qualifiedName() + ": " + refusal.getMessage());
            return ExitCode.BAD_INPUT;
        }
        err.println("corridor: internal error: " + exception);
        exception.printStackTrace(err);
        return ExitCode.INTERNAL_ERROR;
    }
}
