package dev.corridor.model.plan;

import dev.corridor.model.PeriodUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * A solved plan: when each stage runs and in which mode, with the profiles a planner checks it by.
 * This is the plan file in memory, a contract like the dataset; everything that varies from run
 * to run (timings) is kept in {@link #stats()}.
 *
 * @param dataset the dataset's name
 * @param feasible true when no hard constraint is broken
 * @param score the solver's score, hard/medium/soft
 * @param makespan the period after the last stage's last worked period
 * @param constraints the score broken down by constraint (only those that cost something)
 */
public record Plan(String dataset, boolean feasible, String score, int makespan, LocalDate finishDate,
        PeriodUnit periodUnit, LocalDate startDate, String currency, String moneyUnit, double totalCost,
        List<StagePlan> stages, List<SystemCompletion> systems, List<ResourceProfile> resources,
        List<Double> spend, List<BudgetUse> budget, List<ConstraintScore> constraints, PlanStats stats) {

    public Plan {
        stages = List.copyOf(stages);
        systems = List.copyOf(systems);
        resources = List.copyOf(resources);
        spend = List.copyOf(spend);
        budget = List.copyOf(budget);
        constraints = List.copyOf(constraints);
    }

    /** The same plan with other stats; used to compare runs with timings left out. */
    public Plan withStats(PlanStats other) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, stages, systems, resources, spend, budget, constraints, other);
    }
}
