package dev.corridor.model.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.corridor.model.PeriodUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * A solved plan: when each stage runs and in which mode, with the profiles a planner checks it by.
 * This is the plan file in memory, a contract like the dataset; everything that varies from run
 * to run (timings) is kept in {@link #stats()}.
 *
 * @param dataset the dataset's name
 * @param feasible true when no hard constraint is broken and, where the dataset has tranches, the
 *                 money covers every period
 * @param score the solver's score, hard/medium/soft
 * @param makespan the period after the last stage's last worked period
 * @param stocks what the modes use up of each non-renewable resource
 * @param finance how the plan is paid for; null when the dataset has no tranches
 * @param value the plan's net present value; null when the dataset has no tranches
 * @param comparison scheduling then financing against joint scheduling and financing; null when
 *                   the dataset has no tranches
 * @param constraints the score broken down by constraint (only those that cost something)
 */
public record Plan(String dataset, boolean feasible, String score, int makespan, LocalDate finishDate,
        PeriodUnit periodUnit, LocalDate startDate, String currency, String moneyUnit, double totalCost,
        List<StagePlan> stages, List<SystemCompletion> systems, List<ResourceProfile> resources,
        List<StockUse> stocks, List<Double> spend, List<BudgetUse> budget, @JsonInclude(JsonInclude.Include.NON_NULL) FinancePlan finance,
        @JsonInclude(JsonInclude.Include.NON_NULL) Valuation value,
        @JsonInclude(JsonInclude.Include.NON_NULL) FinanceComparison comparison,
        List<ConstraintScore> constraints, PlanStats stats) {

    public Plan {
        stages = List.copyOf(stages);
        systems = List.copyOf(systems);
        resources = List.copyOf(resources);
        stocks = stocks == null ? List.of() : List.copyOf(stocks);
        spend = List.copyOf(spend);
        budget = List.copyOf(budget);
        constraints = List.copyOf(constraints);
    }

    /** The same plan with other stats; used to compare runs with timings left out. */
    public Plan withStats(PlanStats other) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, stages, systems, resources, stocks, spend, budget, finance, value, comparison, constraints, other);
    }

    /** The same plan with its financing and value; it stays feasible only if the money covers every period. */
    public Plan withFinance(FinancePlan newFinance, Valuation newValue) {
        boolean funded = newFinance == null || newFinance.funded();
        return new Plan(dataset, scheduleFeasible() && funded, score, makespan, finishDate, periodUnit, startDate,
                currency, moneyUnit, totalCost, stages, systems, resources, stocks, spend, budget, newFinance, newValue,
                comparison, constraints, stats);
    }

    public Plan withComparison(FinanceComparison newComparison) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, stages, systems, resources, stocks, spend, budget, finance, value, newComparison, constraints, stats);
    }

    /** True when the schedule breaks no hard constraint, whatever its financing. */
    public boolean scheduleFeasible() {
        return constraints.stream().noneMatch(c -> c.level().equals("hard"));
    }
}
