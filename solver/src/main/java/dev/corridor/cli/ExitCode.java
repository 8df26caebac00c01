package dev.corridor.cli;

/** The command line's exit codes; listed in every command's help. */
final class ExitCode {

    static final int OK = 0;
    /** A bug or an environment failure (disk full, say), not the user's input. */
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    /**
     * Solved, but the best plan found still breaks a hard constraint, or the money does not cover it;
     * for check, the plan breaks a rule or misreports a figure.
     */
    static final int NO_FEASIBLE_PLAN = 3;

    /** The exit codes as every command's help lists them. */
    static java.util.Map<String, String> descriptions() {
        var codes = new java.util.LinkedHashMap<String, String>();
        codes.put("0", "success (for solve: a feasible plan)");
        codes.put("1", "internal error");
        codes.put("2", "bad usage or bad input (the message names the file, the field and the fix)");
        codes.put("3", "solved, but no feasible plan was found: a hard constraint is broken or money is short (the plan is still written); "
                + "for check: the plan breaks a rule or misreports a figure");
        return codes;
    }

    private ExitCode() {
    }
}
