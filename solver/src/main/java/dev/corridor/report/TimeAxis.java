package dev.corridor.report;

import dev.corridor.model.PeriodUnit;
import dev.corridor.model.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods to pixels, shared by every chart so they line up: the Gantt, the histograms and the money
 * charts all put period t at the same x.
 */
final class TimeAxis {

    /** Room on the left for stage names. */
    static final double LABELS = 270;
    private static final double PLOT_WIDTH = 1000;

    private final Plan plan;
    private final int periods;
    private final double step;

    TimeAxis(Plan plan) {
        this(plan, plan.makespan());
    }

    /** An axis over {@code periods} periods from the plan's start: longer than the plan for its risk. */
    TimeAxis(Plan plan, int periods) {
        this.plan = plan;
        this.periods = Math.max(1, periods);
        this.step = Math.max(1.5, PLOT_WIDTH / this.periods);
    }

    double x(double period) {
        return LABELS + period * step;
    }

    double step() {
        return step;
    }

    int periods() {
        return periods;
    }

    double width() {
        return x(periods) + 20;
    }

    /** A tick and its label: January of each year for months, the first of the month for days. */
    record Tick(int period, String label) {
    }

    List<Tick> ticks() {
        var ticks = new ArrayList<Tick>();
        var unit = plan.periodUnit();
        if (plan.startDate() == null || unit == null || unit == PeriodUnit.PERIOD) {
            int every = niceStep(periods / 12.0);
            for (int t = 0; t <= periods; t += every) {
                ticks.add(new Tick(t, Integer.toString(t)));
            }
            return ticks;
        }
        int lastYear = Integer.MIN_VALUE;
        int lastMonth = -1;
        // Months give a tick a year, or every few years on long plans; days and weeks a tick a month.
        int yearsEvery = unit == PeriodUnit.MONTH ? Math.max(1, niceStep(periods / 12.0 / 14.0)) : 1;
        for (int t = 0; t <= periods; t++) {
            var date = unit.dateOf(plan.startDate(), t);
            if (unit == PeriodUnit.MONTH) {
                if (date.getYear() != lastYear && date.getYear() % yearsEvery == 0) {
                    ticks.add(new Tick(t, Integer.toString(date.getYear())));
                }
                lastYear = date.getYear();
            } else {
                int month = date.getYear() * 12 + date.getMonthValue();
                if (month != lastMonth) {
                    ticks.add(new Tick(t, date.toString().substring(0, 7)));
                }
                lastMonth = month;
            }
        }
        return ticks;
    }

    /** 1, 2, 5, 10, 20, 50 … at least {@code rough}. */
    static int niceStep(double rough) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if (step * factor >= rough) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }
}
