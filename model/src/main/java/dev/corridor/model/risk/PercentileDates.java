package dev.corridor.model.risk;

/** Finish percentiles as dates (the start date of the period after the last worked one), for a dataset with a start date. */
public record PercentileDates(String p10, String p50, String p80, String p90) {
}
