package dev.corridor.check;

import java.util.List;

/**
 * What the checker found: every violation (not only the first), and notes on what it could not
 * check because the plan does not report it.
 */
public record Verdict(List<Violation> violations, List<String> notes) {

    public Verdict {
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
    }

    /** True when the plan holds every rule and every figure it reports is true. */
    public boolean holds() {
        return violations.isEmpty();
    }

    /** The violations of one rule, for callers that look for a particular kind. */
    public List<Violation> of(Rule rule) {
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }
}
