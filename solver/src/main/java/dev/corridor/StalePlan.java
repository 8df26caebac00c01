package dev.corridor;

import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Unreadable;
import dev.corridor.check.Violation;
import dev.corridor.model.Project;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.plan.Plan;
import java.util.EnumSet;
import java.util.Set;

/**
 * Refinancing keeps a plan's schedule and replaces only its money. A plan edited since it was
 * solved could carry figures (crews in use, system completions, the verdict on its rules) that its
 * stages no longer give, and the refinanced plan would carry them on as true. The independent
 * checker says whether the schedule part still holds together; the financing is about to be
 * replaced, so what it finds there does not count.
 */
public final class StalePlan {

    /** The rules about money that refinancing replaces the plan's answer to. */
    private static final Set<Rule> MONEY = EnumSet.of(Rule.DRAW_TRANCHE, Rule.DRAW_WINDOW, Rule.DRAW_AMOUNT,
            Rule.TRANCHE_CAP, Rule.CASH_RESERVE, Rule.MONEY_SHORT, Rule.PARTY_SHARE);

    private static final int SHOWN = 3;

    private StalePlan() {
    }

    /** Why the plan's schedule cannot be refinanced as it stands, or null when it can. */
    public static String refusal(Project project, Plan plan, String planSource, String planJson) {
        try {
            var verdict = PlanCheck.check(project.name(), JsonFiles.toJson(project), planSource, planJson);
            var stale = verdict.violations().stream()
                    .filter(v -> v.rule() == Rule.FIGURE && !replaced(v.subject())).toList();
            if (!stale.isEmpty()) {
                return "its schedule reports figures its stages do not give, e.g. "
                        + String.join("; ", stale.stream().limit(SHOWN).map(Violation::message).toList())
                        + ". Check it with corridor check, or solve again.";
            }
            boolean broken = verdict.violations().stream().anyMatch(v -> v.rule() != Rule.FIGURE && !MONEY.contains(v.rule()));
            if (broken == plan.scheduleFeasible()) {
                return "it says its schedule " + (broken ? "breaks no rule" : "breaks a rule")
                        + ", and the independent checker finds otherwise. Check it with corridor check, or solve again.";
            }
            return null;
        } catch (Unreadable e) {
            return e.getMessage();
        }
    }

    private static boolean replaced(String path) {
        return path.startsWith("$.finance") || path.startsWith("$.value") || path.equals("$.feasible");
    }
}
