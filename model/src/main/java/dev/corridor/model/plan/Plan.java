package dev.corridor.model.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.corridor.model.Calendar;
import dev.corridor.model.Money;
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
 * @param calendars the calendars the stages work by, so the plan can be drawn without its dataset
 * @param explanation why the plan ends when it does; null when not worked out
 */
public record Plan(String dataset, boolean feasible, String score, int makespan, LocalDate finishDate,
        PeriodUnit periodUnit, LocalDate startDate, String currency, String moneyUnit, Money totalCost,
        List<StagePlan> stages, List<SystemCompletion> systems, List<ResourceProfile> resources,
        List<StockUse> stocks, List<Money> spend, List<BudgetUse> budget, @JsonInclude(JsonInclude.Include.NON_NULL) FinancePlan finance,
        @JsonInclude(JsonInclude.Include.NON_NULL) Valuation value,
        @JsonInclude(JsonInclude.Include.NON_NULL) FinanceComparison comparison,
        List<ConstraintScore> constraints, PlanStats stats,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Calendar> calendars,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {

    public Plan {
        stages = List.copyOf(stages);
        systems = List.copyOf(systems);
        resources = List.copyOf(resources);
        stocks = stocks == null ? List.of() : List.copyOf(stocks);
        spend = List.copyOf(spend);
        budget = List.copyOf(budget);
        constraints = List.copyOf(constraints);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
    }

    /** The same plan with other stats; used to compare runs with timings left out. */
    public Plan withStats(PlanStats other) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, stages, systems, resources, stocks, spend, budget, finance, value, comparison, constraints, other,
                calendars, explanation);
    }

    /** The same plan with its financing and value; it stays feasible only if the money covers every period. */
    public Plan withFinance(FinancePlan newFinance, Valuation newValue) {
        boolean funded = newFinance == null || newFinance.funded();
        return new Plan(dataset, scheduleFeasible() && funded, score, makespan, finishDate, periodUnit, startDate,
                currency, moneyUnit, totalCost, stages, systems, resources, stocks, spend, budget, newFinance, newValue,
                comparison, constraints, stats, calendars, explanation);
    }

    public Plan withComparison(FinanceComparison newComparison) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, stages, systems, resources, stocks, spend, budget, finance, value, newComparison, constraints, stats,
                calendars, explanation);
    }

    /** The same plan with its stages' slack, its calendars and why it ends when it does. */
    public Plan withExplanation(List<StagePlan> explainedStages, List<Calendar> usedCalendars, Explanation newExplanation) {
        return new Plan(dataset, feasible, score, makespan, finishDate, periodUnit, startDate, currency, moneyUnit,
                totalCost, explainedStages, systems, resources, stocks, spend, budget, finance, value, comparison,
                constraints, stats, usedCalendars, newExplanation);
    }

    /** The stages with the most free slack, most first (ties by id), at most {@code limit} of them. */
    public List<StagePlan> mostSlack(int limit) {
        return stages.stream().filter(s -> s.slack() != null && s.slack() > 0)
                .sorted(java.util.Comparator.comparingInt(StagePlan::slack).reversed().thenComparing(StagePlan::id))
                .limit(limit).toList();
    }

    /** A period as a planner reads it ("2031-06"), or "t=12" where the periods have no dates. */
    public String periodLabel(int period) {
        var label = periodUnit == null ? null : periodUnit.label(startDate, period);
        return label != null ? label : "t=" + period;
    }

    /** What its money is counted in, e.g. "million USD"; empty where the dataset says nothing. */
    public String moneyLabel() {
        return ((moneyUnit == null ? "" : moneyUnit) + " " + (currency == null ? "" : currency)).trim();
    }

    /** True when the schedule breaks no hard constraint, whatever its financing. */
    public boolean scheduleFeasible() {
        return constraints.stream().noneMatch(c -> c.level().equals("hard"));
    }
}
