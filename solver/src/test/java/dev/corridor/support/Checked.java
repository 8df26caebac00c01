package dev.corridor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Unreadable;
import dev.corridor.check.Verdict;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every plan a test makes goes through the independent checker as a user's would: the dataset and
 * the plan written as JSON, read back by a checker that shares no code with the solver.
 */
public final class Checked {

    private static final ObjectMapper JSON = JsonFiles.mapper();

    private Checked() {
    }

    public static Verdict verdict(Project project, Plan plan) {
        return verdict(project, PlanJson.toJson(plan));
    }

    /** Fails with every violation listed unless the plan holds every rule and its figures are true. */
    public static void assertHolds(Project project, Plan plan) {
        assertHolds(project, PlanJson.toJson(plan));
    }

    /**
     * For a plan that may be infeasible: every figure it reports must still be true, and it must call
     * itself feasible exactly when the checker finds no rule broken.
     */
    public static void assertTruthful(Project project, Plan plan) {
        var verdict = verdict(project, plan);
        if (!verdict.of(Rule.FIGURE).isEmpty() || verdict.holds() != plan.feasible()) {
            throw new AssertionError("The plan of " + project.name() + " says feasible=" + plan.feasible()
                    + "; the independent checker finds:" + (verdict.holds() ? " nothing broken" : listed(verdict)));
        }
    }

    /**
     * Fails unless the plan's stages hold every rule of the dataset; what the plan reports beside them
     * is left out, for a plan changed in a test (a stage slipped by hand) whose figures are stale.
     */
    public static void assertRulesHold(Project project, Plan plan) {
        var stages = JSON.createArrayNode();
        plan.stages().forEach(stage -> {
            var node = stages.addObject().put("id", stage.id()).put("mode", stage.mode())
                    .put("start", stage.start()).put("finish", stage.finish());
            if (stage.resume() != null) {
                node.put("resume", stage.resume());
            }
        });
        var bare = JSON.createObjectNode();
        bare.set("stages", stages);
        assertHolds(project, bare.toString());
    }

    /**
     * Fails unless {@code finance} funds {@code spend}, up to the shortfalls it reports (and then it
     * must not call itself funded): checked as the plan of a dataset made of the finance test's
     * tranches and terms and one stage per period that costs that period's spend.
     */
    public static void assertFunds(Project project, List<Money> spend, FinancePlan finance) {
        var stages = new ArrayList<Stage>();
        var planned = JSON.createArrayNode();
        for (int t = 0; t < spend.size(); t++) {
            stages.add(new Stage("spend-" + t, null, null, null, null, null,
                    List.of(new Mode("m", 1, spend.get(t), Map.of())), List.of()));
            planned.addObject().put("id", "spend-" + t).put("mode", "m").put("start", t);
        }
        var dataset = new Project(project.schemaVersion(), project.name(), project.periodUnit(), project.startDate(),
                project.horizon(), project.currency(), project.moneyUnit(), project.resources(), project.calendars(),
                project.budgetCaps(), stages, project.milestones(), project.tranches(), project.finance());
        var plan = JSON.createObjectNode();
        plan.set("stages", planned);
        plan.set("finance", JSON.valueToTree(finance));
        var verdict = verdict(dataset, plan.toString());
        boolean onlyShort = verdict.violations().stream().allMatch(v -> v.rule() == Rule.MONEY_SHORT);
        if (!onlyShort || verdict.of(Rule.MONEY_SHORT).isEmpty() != finance.funded()) {
            throw new AssertionError("The independent checker finds, of a financing that says funded="
                    + finance.funded() + ":" + listed(verdict));
        }
    }

    private static void assertHolds(Project project, String planJson) {
        var verdict = verdict(project, planJson);
        if (!verdict.holds()) {
            throw new AssertionError("The independent checker rejects the plan of " + project.name() + ":"
                    + listed(verdict));
        }
    }

    private static Verdict verdict(Project project, String planJson) {
        try {
            return PlanCheck.check(project.name() + ".json", JsonFiles.toJson(project), project.name() + ".plan.json",
                    planJson);
        } catch (Unreadable e) {
            throw new AssertionError("The checker cannot read what the solver wrote: " + e.getMessage(), e);
        }
    }

    private static String listed(Verdict verdict) {
        var text = new StringBuilder();
        verdict.violations().forEach(v -> text.append("\n  ").append(v.message()));
        return text.toString();
    }
}
