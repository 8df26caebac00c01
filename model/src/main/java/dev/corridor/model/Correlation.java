package dev.corridor.model;

import java.util.List;

/** Stages whose durations go together, for risk analysis: a rank correlation between -1 and 1. */
public record Correlation(List<String> stages, double coefficient) {

    public Correlation {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
