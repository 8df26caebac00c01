package dev.corridor.cli;

import dev.corridor.model.Project;
import dev.corridor.model.plan.FinancePlan;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StageStatus;
import java.util.Locale;

/** The plan as a planner reads it first: dates, system openings, peaks against capacity, spend against caps. */
final class Summary {

    /** Up to this many short periods are listed one by one. */
    private static final int SHORT_PERIODS_LISTED = 12;

    private Summary() {
    }

    static String of(Project project, Plan plan) {
        var text = new StringBuilder();
        var money = project.moneyLabel().isEmpty() ? "" : " " + project.moneyLabel();
        text.append(String.format(Locale.ROOT, "%s: %s%n", plan.dataset(),
                plan.feasible() ? "feasible plan"
                        : plan.constraints().stream().anyMatch(c -> c.level().equals("hard"))
                                ? "NO FEASIBLE PLAN FOUND (best plan breaks hard constraints)"
                                : "NO FEASIBLE PLAN FOUND (the tranches do not cover the spend)"));
        text.append(String.format(Locale.ROOT, "  score      %s (hard/medium/soft)%n", plan.score()));
        text.append(String.format(Locale.ROOT, "  makespan   %d %s%s%n", plan.makespan(), unit(project),
                project.startDate() == null ? "" : ": " + when(project, 0) + " to " + when(project, plan.makespan())));
        text.append(String.format(Locale.ROOT, "  stages     %d%n", plan.stages().size()));
        if (plan.totalCost().thousandths() > 0) {
            text.append(String.format(Locale.ROOT, "  cost       %,.1f%s%n", plan.totalCost().toBigDecimal(), money));
        }
        if (plan.systems().size() > 1 || project.startDate() != null) {
            text.append(String.format(Locale.ROOT, "%nSystem complete%n"));
            for (var system : plan.systems()) {
                text.append(String.format(Locale.ROOT, "  %-8s  period %4d  %-10s  (%d %s)%n", system.system(),
                        system.finish(), when(project, system.finish()), system.stages(),
                        system.stages() == 1 ? "stage" : "stages"));
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
        if (!plan.stocks().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nNon-renewable stocks used%n"));
            for (var stock : plan.stocks()) {
                text.append(String.format(Locale.ROOT, "  %-10s %6d / %-6d%s%n", stock.id(), stock.used(), stock.capacity(),
                        stock.used() > stock.capacity() ? "  OVER" : ""));
            }
        }
        if (!plan.budget().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nSpend against budget caps%s%n", money));
            for (var window : plan.budget()) {
                double share = window.max().thousandths() == 0 ? 0
                        : 100 * window.spent().toDouble() / window.max().toDouble();
                text.append(String.format(Locale.ROOT, "  [%4d, %4d) %-17s %,12.1f / %,12.1f  %3.0f %%%s%n",
                        window.from(), window.to(), project.startDate() == null ? ""
                                : when(project, window.from()) + ".." + when(project, window.to() - 1),
                        window.spent().toBigDecimal(), window.max().toBigDecimal(), share,
                        window.spent().compareTo(window.max()) > 0 ? "  OVER" : ""));
            }
        }
        if (plan.finance() != null) {
            text.append(financing(project, plan.finance()));
        }
        if (plan.value() != null && project.finance().valuesOpening()) {
            var value = plan.value();
            text.append(String.format(Locale.ROOT, "%nNet present value%s%n", money(project)));
            text.append(String.format(Locale.ROOT, "  opening value %,12.1f   (systems earning from their opening on)%n",
                    value.openingValue().toBigDecimal()));
            text.append(String.format(Locale.ROOT, "  spend         %,12.1f%n", value.spend().toBigDecimal().negate()));
            text.append(String.format(Locale.ROOT, "  financing     %,12.1f%n", value.financing().toBigDecimal().negate()));
            text.append(String.format(Locale.ROOT, "  net           %,12.1f%n", value.netPresentValue().toBigDecimal()));
        }
        if (plan.comparison() != null && plan.comparison().rounds() > 0) {
            var comparison = plan.comparison();
            text.append(String.format(Locale.ROOT, "%nSchedule then finance, against joint (%d rounds with the prices of cash)%n",
                    comparison.rounds()));
            text.append(String.format(Locale.ROOT, "  %-22s %8s %12s %12s %14s%n", "", "makespan", "financing", "short by",
                    "net value"));
            for (var row : java.util.List.of(java.util.Map.entry("schedule, then finance", comparison.scheduleThenFinance()),
                    java.util.Map.entry("joint", comparison.joint()))) {
                var outcome = row.getValue();
                text.append(String.format(Locale.ROOT, "  %-22s %8d %,12.1f %,12.1f %,14.1f%n", row.getKey(),
                        outcome.makespan(), outcome.financingCost().toBigDecimal(), outcome.gap().toBigDecimal(),
                        outcome.value().netPresentValue().toBigDecimal()));
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
        var first = plan.stats().firstFeasibleMillis();
        text.append(String.format(Locale.ROOT, "%nSolved in %.1f s (%,d moves evaluated, seed %d%s)%n",
                plan.stats().elapsedMillis() / 1000.0, plan.stats().moveEvaluations(), plan.stats().seed(),
                first == null ? ", never feasible" : String.format(Locale.ROOT, ", first feasible after %.1f s", first / 1000.0)));
        return text.toString();
    }

    /** The financing part of the summary; also what {@code corridor finance} prints. */
    static String financing(Project project, FinancePlan finance) {
        var text = new StringBuilder();
        var money = project.moneyLabel().isEmpty() ? "" : " " + project.moneyLabel();
        text.append(String.format(Locale.ROOT, "%nFinancing (present value at %.1f %% a year)%n",
                100 * project.finance().discountRate()));
        text.append(String.format(Locale.ROOT, "  cost       %,.1f%s%s%n", finance.cost().toBigDecimal(), money,
                finance.funded() ? ", every period funded"
                        : ", SHORT by " + String.format(Locale.ROOT, "%,.1f", finance.totalGap().toBigDecimal()) + money + " in all"));
        int width = finance.tranches().stream().mapToInt(t -> t.id().length()).max().orElse(7);
        text.append(String.format(Locale.ROOT, "  %-" + width + "s  %-10s %12s / %-12s %10s%n", "tranche", "kind", "drawn", "cap",
                "charges"));
        for (var tranche : finance.tranches()) {
            text.append(String.format(Locale.ROOT, "  %-" + width + "s  %-10s %,12.1f / %-,12.1f %,10.1f%n", tranche.id(),
                    tranche.kind(), tranche.drawn().toBigDecimal(), tranche.cap().toBigDecimal(),
                    tranche.charges().toBigDecimal()));
        }
        text.append(String.format(Locale.ROOT, "  %-10s %12s  %6s   %s%n", "party", "drawn", "share", "bounds"));
        for (var party : finance.parties()) {
            var bounds = party.min() == null ? "" : String.format(Locale.ROOT, "%.0f %% to %.0f %%", 100 * party.min(),
                    100 * party.max());
            text.append(String.format(Locale.ROOT, "  %-10s %,12.1f  %5.1f %%  %s%n", party.party(), party.drawn().toBigDecimal(),
                    100 * party.share(), bounds));
        }
        var dearest = finance.prices().stream().mapToDouble(p -> p.value()).max().orElse(0);
        if (finance.funded() && dearest > 0) {
            var first = finance.prices().stream().filter(p -> p.value() >= dearest - 1e-9).findFirst().orElseThrow();
            text.append(String.format(Locale.ROOT, "  dearest money: %.3f per unit of spend, from period %d%s%n", dearest,
                    first.period(), project.startDate() == null ? "" : " (" + when(project, first.period()) + ")"));
        }
        var gap = finance.gap();
        if (gap.size() <= SHORT_PERIODS_LISTED) {
            for (var shortfall : gap) {
                text.append(String.format(Locale.ROOT, "  %s: short by %,.1f%s%n", period(project, shortfall.period()),
                        shortfall.amount().toBigDecimal(), money));
            }
        } else {
            // Long shortfalls read better as runs of consecutive periods.
            for (int i = 0; i < gap.size(); ) {
                int j = i;
                var amount = gap.get(i).amount();
                while (j + 1 < gap.size() && gap.get(j + 1).period() == gap.get(j).period() + 1) {
                    j++;
                    amount = amount.plus(gap.get(j).amount());
                }
                text.append(String.format(Locale.ROOT, "  %s to %s: short by %,.1f%s over %d periods%n",
                        period(project, gap.get(i).period()), period(project, gap.get(j).period()), amount.toBigDecimal(),
                        money, j - i + 1));
                i = j + 1;
            }
        }
        return text.toString();
    }

    private static String money(Project project) {
        return project.moneyLabel().isEmpty() ? "" : ", " + project.moneyLabel();
    }

    private static String period(Project project, int period) {
        var label = project.periodLabel(period);
        return label == null ? "period " + period : label;
    }

    static String unit(Project project) {
        return switch (project.periodUnit()) {
            case MONTH -> "months";
            case WEEK -> "weeks";
            case DAY -> "days";
            case PERIOD -> "periods";
        };
    }

    /** A period as a date: "2031-06" for months, the ISO date otherwise, the period number without a start date. */
    static String when(Project project, int period) {
        var label = project.periodLabel(period);
        return label == null ? "" : label;
    }

    /**
     * How the plan moved from its baseline: how many stages not started now start elsewhere (later,
     * earlier), and the five whose finish moved most.
     */
    static String againstBaseline(Plan plan) {
        var open = plan.stages().stream().filter(s -> s.baselineStart() != null)
                .filter(s -> s.status() == null || s.status() == StageStatus.NOT_STARTED).toList();
        long later = open.stream().filter(s -> s.start() > s.baselineStart()).count();
        long earlier = open.stream().filter(s -> s.start() < s.baselineStart()).count();
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nAgainst the baseline%n  %d of %d stages not started move: %d later, %d earlier%n",
                later + earlier, open.size(), later, earlier));
        for (var stage : plan.finishMovedMost(5)) {
            text.append(String.format(Locale.ROOT, "  %+5d  %-40s finishes %s, baseline %s%n", stage.finish() - stage.baselineFinish(),
                    stage.id(), plan.periodLabel(stage.finish()), plan.periodLabel(stage.baselineFinish())));
        }
        return text.toString();
    }
}
