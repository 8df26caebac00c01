package dev.corridor.cli;

import dev.corridor.Datasets;
import dev.corridor.Planner;
import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import java.nio.file.Path;

/**
 * A dataset and a plan made from it, read for a command that works on both (finance, progress):
 * refused, by the plan's path, when the plan was made from another dataset or its costs have changed.
 */
record PlanOfDataset(Project project, Plan plan) {

    static PlanOfDataset read(Path dataset, Path planFile) throws Refusal, InvalidInputException {
        var project = Datasets.read(dataset);
        var planText = ProjectJson.readText(planFile);
        var plan = PlanJson.parse(planFile.toString(), planText);
        var mismatch = Planner.whyNotRefinance(project, plan, planFile.toString(), planText);
        if (mismatch != null) {
            throw new Refusal(planFile + ": " + mismatch);
        }
        return new PlanOfDataset(project, plan);
    }
}
