package dev.corridor.risk;

import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;

/**
 * Re-plans one scenario for the replan policy: {@code scenario} is the project as the scenario has
 * it (every mode lasting and costing what was drawn), {@code from} the plan to start the search
 * from. Given by the caller, as the scheduler sits above this package.
 */
@FunctionalInterface
public interface ScenarioPlanner {

    /** A plan of {@code scenario}, the same for the same arguments. */
    Plan plan(Project scenario, Plan from, long seed);
}
