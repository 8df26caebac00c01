package dev.corridor.model.io;

import java.util.List;

/**
 * An input file that cannot be planned with, and everything found wrong with it. This is a user
 * error: callers show {@link #describe()} and no stack trace.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public InvalidInputException(String source, List<Problem> problems) {
        super(summary(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String source, String path, String message) {
        this(source, List.of(new Problem(path, message)));
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A readable report: the file, then one line per problem. */
    public String describe() {
        var text = new StringBuilder();
        text.append(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append('\n');
        for (Problem problem : problems) {
            text.append("  ").append(problem.path()).append(": ").append(problem.message()).append('\n');
        }
        return text.toString();
    }

    private static String summary(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            return source + ": invalid input";
        }
        var first = problems.get(0);
        var more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return source + ": " + first.path() + ": " + first.message() + more;
    }
}
