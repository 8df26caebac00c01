package dev.corridor.finance;

import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;

/** Names periods the way a planner reads them: "2031-06" for months, an ISO date for days and weeks, else the number. */
record PeriodNames(Project project) {

    String of(int period) {
        var date = project.dateOf(period);
        if (date == null) {
            return Integer.toString(period);
        }
        return project.periodUnit() == PeriodUnit.MONTH ? date.toString().substring(0, 7) : date.toString();
    }
}
