package dev.corridor.model.risk;

/**
 * A calendar year's funding over the iterations: how likely the tranches fail to cover its spend,
 * and how much is short in the 80th-percentile scenario (0 when four in five are covered).
 */
public record FundingRisk(int year, double probabilityShort, double p80Short) {
}
