package dev.corridor.check;

import java.util.ArrayList;
import java.util.List;

/** Collects violations as the rules find them, each worded with its period's label. */
final class Findings {

    private final Periods periods;
    private final List<Violation> violations = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Findings(Periods periods) {
        this.periods = periods;
    }

    Periods periods() {
        return periods;
    }

    /** A violation tied to a period: its message begins with the period's label. */
    void add(Rule rule, String subject, int period, String message) {
        violations.add(new Violation(rule, subject, period, periods.label(period) + ": " + message));
    }

    void add(Rule rule, String subject, String message) {
        violations.add(new Violation(rule, subject, null, message));
    }

    /** A reported figure that differs from the recomputed one. */
    void figure(String path, String reported, String recomputed) {
        violations.add(new Violation(Rule.FIGURE, path, null,
                path + ": the plan reports " + reported + ", the dataset gives " + recomputed));
    }

    void note(String note) {
        notes.add(note);
    }

    Verdict verdict() {
        return new Verdict(violations, notes);
    }
}
