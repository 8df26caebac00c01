package dev.corridor.model;

/** How risk analysis samples the dataset's ranges. */
public record RiskSettings(Distribution distribution) {

    public RiskSettings {
        distribution = distribution == null ? Distribution.TRIANGULAR : distribution;
    }
}
