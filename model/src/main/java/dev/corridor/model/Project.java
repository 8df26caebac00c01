package dev.corridor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A megaproject to plan: its stages, the scarce resources and seasons they work under, the budget
 * caps, and the money that pays for it. This is the dataset file in memory; it holds no decisions.
 *
 * @param horizon every stage must finish by this period
 * @param moneyUnit what one unit of money is, e.g. "million"
 * @param dataDate the period the progress is recorded up to: everything before it is history and
 *                 the rest of the work is planned from it; null for a project not yet begun
 * @param outOfSequence how links hold where a successor started before its predecessor finished
 * @param risk how ranges are sampled in risk analysis; null for the default (triangular)
 * @param risks events that may happen to the project, for risk analysis
 * @param correlations stages whose durations go together, for risk analysis
 */
public record Project(int schemaVersion, String name, PeriodUnit periodUnit, LocalDate startDate, int horizon,
        String currency, String moneyUnit, List<Resource> resources, List<Calendar> calendars,
        List<BudgetCap> budgetCaps, List<Stage> stages, List<Milestone> milestones, List<Tranche> tranches,
        Finance finance, Integer dataDate, OutOfSequence outOfSequence,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        RiskSettings risk,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Risk> risks,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<Correlation> correlations) {

    /** A project without uncertainty: every duration and cost as given. */
    public Project(int schemaVersion, String name, PeriodUnit periodUnit, LocalDate startDate, int horizon,
            String currency, String moneyUnit, List<Resource> resources, List<Calendar> calendars,
            List<BudgetCap> budgetCaps, List<Stage> stages, List<Milestone> milestones, List<Tranche> tranches,
            Finance finance, Integer dataDate, OutOfSequence outOfSequence) {
        this(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources, calendars,
                budgetCaps, stages, milestones, tranches, finance, dataDate, outOfSequence, null, List.of(), List.of());
    }

    /** A project without progress. */
    public Project(int schemaVersion, String name, PeriodUnit periodUnit, LocalDate startDate, int horizon,
            String currency, String moneyUnit, List<Resource> resources, List<Calendar> calendars,
            List<BudgetCap> budgetCaps, List<Stage> stages, List<Milestone> milestones, List<Tranche> tranches,
            Finance finance) {
        this(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources, calendars,
                budgetCaps, stages, milestones, tranches, finance, null, null);
    }

    public static final int SCHEMA_VERSION = 1;

    /** This project with {@code newStages} instead of its stages (a scenario's, drawn); all else as it is. */
    public Project withStages(List<Stage> newStages) {
        return new Project(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources, calendars,
                budgetCaps, newStages, milestones, tranches, finance, dataDate, outOfSequence, risk, risks, correlations);
    }

    /** This project with {@code newCalendars} instead of its calendars; all else as it is. */
    public Project withCalendars(List<Calendar> newCalendars) {
        return new Project(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources,
                newCalendars, budgetCaps, stages, milestones, tranches, finance, dataDate, outOfSequence, risk, risks,
                correlations);
    }

    /** This project funded by {@code newTranches} on {@code newFinance}'s terms; all else as it is. */
    public Project withFunding(List<Tranche> newTranches, Finance newFinance) {
        return new Project(schemaVersion, name, periodUnit, startDate, horizon, currency, moneyUnit, resources, calendars,
                budgetCaps, stages, milestones, newTranches, newFinance, dataDate, outOfSequence, risk, risks, correlations);
    }

    /** This project on another time grid: {@code newHorizon} and {@code newDataDate}; all else as it is. */
    public Project withTimes(int newHorizon, Integer newDataDate) {
        return new Project(schemaVersion, name, periodUnit, startDate, newHorizon, currency, moneyUnit, resources,
                calendars, budgetCaps, stages, milestones, tranches, finance, newDataDate, outOfSequence, risk, risks,
                correlations);
    }

    public Project {
        periodUnit = periodUnit == null ? PeriodUnit.PERIOD : periodUnit;
        resources = resources == null ? List.of() : List.copyOf(resources);
        calendars = calendars == null ? List.of() : List.copyOf(calendars);
        budgetCaps = budgetCaps == null ? List.of() : List.copyOf(budgetCaps);
        stages = stages == null ? List.of() : List.copyOf(stages);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        tranches = tranches == null ? List.of() : List.copyOf(tranches);
        finance = finance == null ? Finance.none() : finance;
        risks = risks == null ? List.of() : List.copyOf(risks);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
    }

    /** Whether progress has been recorded: a data date, and the work before it fixed. */
    public boolean hasProgress() {
        return dataDate != null;
    }

    /** The rule for out-of-sequence progress: retained logic unless the dataset says otherwise. */
    public OutOfSequence outOfSequenceRule() {
        return outOfSequence == null ? OutOfSequence.RETAINED_LOGIC : outOfSequence;
    }

    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Resource> resource(String id) {
        return resources.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Calendar> calendar(String id) {
        return calendars.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** How many periods of {@code stage}'s calendar (every period, without one) are open in [from, to). */
    public int openPeriods(Stage stage, int from, int to) {
        var calendar = stage.calendar() == null ? null : calendar(stage.calendar()).orElse(null);
        int open = 0;
        for (int t = from; t < to; t++) {
            if (calendar == null || calendar.isOpen(t)) {
                open++;
            }
        }
        return open;
    }

    /** The first day of {@code period}, or null where the dataset has no start date. */
    public LocalDate dateOf(int period) {
        return periodUnit.dateOf(startDate, period);
    }

    /**
     * A period as a planner reads it: "2031-06" for months, the ISO date for weeks and days, or null
     * where the dataset has no start date.
     */
    public String periodLabel(int period) {
        return periodUnit.label(startDate, period);
    }

    /** What an amount of money is counted in, e.g. "million USD"; empty where the dataset says nothing. */
    public String moneyLabel() {
        return ((moneyUnit == null ? "" : moneyUnit) + " " + (currency == null ? "" : currency)).trim();
    }
}
