package dev.corridor.benchmarks.psplib;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Unreadable;
import dev.corridor.model.Project;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import java.util.List;

/**
 * Every schedule of a benchmark run, corridor's and the peer's, goes through the independent
 * checker: the instance and the schedule written as JSON, as a user would check them.
 */
final class IndependentCheck {

    private static final ObjectMapper JSON = JsonFiles.mapper();

    private IndependentCheck() {
    }

    /**
     * True when corridor's plan tells the truth: every figure it reports is right, and it calls itself
     * feasible exactly when it holds every rule (an instance with no feasible schedule, as 88 of the
     * multi-mode J30 are, yields a plan that says so).
     */
    static boolean ours(Project project, Plan plan) {
        var verdict = check(project, PlanJson.toJson(plan));
        return verdict.of(Rule.FIGURE).isEmpty() && verdict.holds() == plan.feasible();
    }

    /** True when the peer found a schedule and it holds every rule; a peer that found none is not checked. */
    static boolean peer(Project project, List<StagePlan> stages) {
        if (stages.isEmpty()) {
            return false;
        }
        var planned = JSON.createArrayNode();
        stages.forEach(stage -> planned.addObject().put("id", stage.id()).put("mode", stage.mode())
                .put("start", stage.start()).put("finish", stage.finish()));
        var plan = JSON.createObjectNode();
        plan.set("stages", planned);
        return check(project, plan.toString()).holds();
    }

    private static dev.corridor.check.Verdict check(Project project, String plan) {
        try {
            return PlanCheck.check(project.name() + ".json", JsonFiles.toJson(project), project.name() + ".plan.json", plan);
        } catch (Unreadable e) {
            throw new IllegalStateException("The checker cannot read a schedule the bench wrote: " + e.getMessage(), e);
        }
    }
}
