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
 * @param dataDate the period the dataset's progress was recorded up to; null for a plan from the start
 */
public record Plan(String dataset, boolean feasible, String score, int makespan, LocalDate finishDate,
        PeriodUnit periodUnit, LocalDate startDate, String currency, String moneyUnit, Money totalCost,
        List<StagePlan> stages, List<SystemCompletion> systems, List<ResourceProfile> resources,
        List<StockUse> stocks, List<Money> spend, List<BudgetUse> budget, @JsonInclude(JsonInclude.Include.NON_NULL) FinancePlan finance,
        @JsonInclude(JsonInclude.Include.NON_NULL) Valuation value,
        @JsonInclude(JsonInclude.Include.NON_NULL) FinanceComparison comparison,
        List<ConstraintScore> constraints, PlanStats stats,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Calendar> calendars,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer dataDate) {

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

    /** A builder that starts from this plan: change what differs, then {@link Builder#build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a plan from another one. Financing replaces the money and keeps the plan feasible only
     * if the money covers every period; everything else is set as given.
     */
    public static final class Builder {

        private final Plan from;
        private boolean feasible;
        private List<StagePlan> stages;
        private FinancePlan finance;
        private Valuation value;
        private FinanceComparison comparison;
        private PlanStats stats;
        private List<Calendar> calendars;
        private Explanation explanation;

        private Builder(Plan from) {
            this.from = from;
            this.feasible = from.feasible;
            this.stages = from.stages;
            this.finance = from.finance;
            this.value = from.value;
            this.comparison = from.comparison;
            this.stats = from.stats;
            this.calendars = from.calendars;
            this.explanation = from.explanation;
        }

        /** Its financing and value; the plan stays feasible only if the money covers every period. */
        public Builder finance(FinancePlan newFinance, Valuation newValue) {
            this.finance = newFinance;
            this.value = newValue;
            this.feasible = from.scheduleFeasible() && (newFinance == null || newFinance.funded());
            return this;
        }

        /** How it compares with scheduling first and financing after; null where that no longer describes it. */
        public Builder comparison(FinanceComparison newComparison) {
            this.comparison = newComparison;
            return this;
        }

        /** How it was found; null to leave timings out when runs are compared. */
        public Builder stats(PlanStats newStats) {
            this.stats = newStats;
            return this;
        }

        /** Its stages with their slack, the calendars they work by, and why it ends when it does. */
        public Builder explanation(List<StagePlan> explainedStages, List<Calendar> usedCalendars,
                Explanation newExplanation) {
            this.stages = explainedStages;
            this.calendars = usedCalendars;
            this.explanation = newExplanation;
            return this;
        }

        public Plan build() {
            return new Plan(from.dataset, feasible, from.score, from.makespan, from.finishDate, from.periodUnit,
                    from.startDate, from.currency, from.moneyUnit, from.totalCost, stages, from.systems, from.resources,
                    from.stocks, from.spend, from.budget, finance, value, comparison, from.constraints, stats, calendars,
                    explanation, from.dataDate);
        }
    }

    /** The stages with the most free slack, most first (ties by id), at most {@code limit} of them. */
    public List<StagePlan> mostSlack(int limit) {
        return stages.stream().filter(s -> s.slack() != null && s.slack() > 0)
                .sorted(java.util.Comparator.comparingInt(StagePlan::slack).reversed().thenComparing(StagePlan::id))
                .limit(limit).toList();
    }

    /**
     * The stages whose finish moved most from the baseline, most first (ties by id), at most
     * {@code limit} of them; none for a plan made without a baseline.
     */
    public List<StagePlan> finishMovedMost(int limit) {
        return stages.stream().filter(s -> s.baselineFinish() != null && s.finish() != s.baselineFinish())
                .sorted(java.util.Comparator.comparingInt((StagePlan s) -> -Math.abs(s.finish() - s.baselineFinish()))
                        .thenComparing(StagePlan::id))
                .limit(limit).toList();
    }

    /** Whether the plan was made against a baseline: its stages carry the baseline's dates. */
    public boolean hasBaseline() {
        return stages.stream().anyMatch(s -> s.baselineStart() != null);
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
