package dev.corridor.model.risk;

/**
 * What re-planning is worth: the same scenarios under the fixed policy (the plan's order and modes
 * replayed) beside the report's own re-planned ones. A gain is fixed less re-planned for the
 * finish (periods earlier) and re-planned less fixed for the net value (money more).
 *
 * @param fixedNpv null without tranches
 * @param npvMeanGain null without tranches
 */
public record Flexibility(Percentiles fixedFinish, Percentiles fixedCost,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Percentiles fixedNpv,
        double finishP50Gain, double finishP80Gain,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Double npvMeanGain) {
}
