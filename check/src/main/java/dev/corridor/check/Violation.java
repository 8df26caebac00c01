package dev.corridor.check;

/**
 * One way a plan breaks its dataset's rules or misreports a figure.
 *
 * @param rule the rule broken
 * @param subject what breaks it: a stage, link ("a -> b"), resource, budget window, tranche or party
 *                id, or the reported figure's JSON path
 * @param period the period where it breaks, or null where it is not tied to one
 * @param message the whole finding as a planner reads it, beginning with the period where there is
 *                one: {@code period 37 (2031-02): tunnel-crew holds 23, capacity 22}
 */
public record Violation(Rule rule, String subject, Integer period, String message) {

    @Override
    public String toString() {
        return message;
    }
}
