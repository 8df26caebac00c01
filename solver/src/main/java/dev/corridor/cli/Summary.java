package dev.corridor.cli;

import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.plan.Plan;
import java.time.LocalDate;
import java.util.Locale;

/** The plan as a planner reads it first: dates, system openings, peaks against capacity, spend against caps. */
final class Summary {

    private Summary() {
    }

    static String of(Project project, Plan plan) {
        var text = new StringBuilder();
        var money = project.moneyUnit() == null ? "" : " " + project.moneyUnit();
        var currency = project.currency() == null ? "" : " " + project.currency();
        text.append(String.format(Locale.ROOT, "%s: %s%n", plan.dataset(),
                plan.feasible() ? "feasible plan" : "NO FEASIBLE PLAN FOUND (best plan breaks hard constraints)"));
        text.append(String.format(Locale.ROOT, "  score      %s (hard/medium/soft)%n", plan.score()));
        text.append(String.format(Locale.ROOT, "  makespan   %d %s%s%n", plan.makespan(), unit(project),
                project.startDate() == null ? "" : ": " + when(project, 0) + " to " + when(project, plan.makespan())));
        text.append(String.format(Locale.ROOT, "  stages     %d%n", plan.stages().size()));
        if (plan.totalCost() > 0) {
            text.append(String.format(Locale.ROOT, "  cost       %,.1f%s%s%n", plan.totalCost(), money, currency));
        }
        if (plan.systems().size() > 1 || project.startDate() != null) {
            text.append(String.format(Locale.ROOT, "%nSystem complete%n"));
            for (var system : plan.systems()) {
                text.append(String.format(Locale.ROOT, "  %-8s  period %4d  %-10s  (%d stages)%n", system.system(),
                        system.finish(), when(project, system.finish()), system.stages()));
            }
        }
        if (!plan.resources().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nPeak use against capacity%n"));
            int width = plan.resources().stream().mapToInt(r -> r.id().length()).max().orElse(4);
            for (var resource : plan.resources()) {
                int capacity = resource.capacity().isEmpty() ? 0 : resource.capacity().get(resource.peakPeriod());
                int most = resource.capacity().stream().mapToInt(Integer::intValue).max().orElse(0);
                text.append(String.format(Locale.ROOT, "  %-" + width + "s  %4d / %-4d in period %d%s  (most ever: %d)  %s%n",
                        resource.id(), resource.peak(), capacity, resource.peakPeriod(),
                        project.startDate() == null ? "" : " (" + when(project, resource.peakPeriod()) + ")", most,
                        resource.name().equals(resource.id()) ? "" : resource.name()));
            }
        }
        if (!plan.budget().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nSpend against budget caps%s%s%n", money, currency));
            for (var window : plan.budget()) {
                double share = window.max() == 0 ? 0 : 100 * window.spent() / window.max();
                text.append(String.format(Locale.ROOT, "  [%4d, %4d) %-17s %,12.1f / %,12.1f  %3.0f %%%s%n",
                        window.from(), window.to(), project.startDate() == null ? ""
                                : when(project, window.from()) + ".." + when(project, window.to() - 1),
                        window.spent(), window.max(), share, window.spent() > window.max() + 1e-9 ? "  OVER" : ""));
            }
        }
        var broken = plan.constraints().stream().filter(c -> c.level().equals("hard")).toList();
        if (!broken.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nBroken hard constraints%n"));
            for (var constraint : broken) {
                text.append(String.format(Locale.ROOT, "  %-22s penalty %d in %d places%n", constraint.name(),
                        constraint.penalty(), constraint.matches()));
            }
        }
        text.append(String.format(Locale.ROOT, "%nSolved in %.1f s (%,d moves evaluated, seed %d)%n",
                plan.stats().elapsedMillis() / 1000.0, plan.stats().moveEvaluations(), plan.stats().seed()));
        return text.toString();
    }

    private static String unit(Project project) {
        return switch (project.periodUnit()) {
            case MONTH -> "months";
            case WEEK -> "weeks";
            case DAY -> "days";
            case PERIOD -> "periods";
        };
    }

    /** A period as a date: "2031-06" for months, the ISO date otherwise, the period number without a start date. */
    static String when(Project project, int period) {
        LocalDate date = project.dateOf(period);
        if (date == null) {
            return "";
        }
        return project.periodUnit() == PeriodUnit.MONTH ? date.toString().substring(0, 7) : date.toString();
    }
}
