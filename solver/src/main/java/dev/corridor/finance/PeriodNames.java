package dev.corridor.finance;

import dev.corridor.model.Project;

/** Names the LP's periods after the dataset's calendar where it has one, else by number. */
record PeriodNames(Project project) {

    String of(int period) {
        var label = project.periodLabel(period);
        return label == null ? Integer.toString(period) : label;
    }
}
