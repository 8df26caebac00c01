package dev.corridor.model.risk;

/**
 * Whether the iterations were enough: how much each 80th percentile moved over the last tenth of
 * the iterations (the P80 of all of them less the P80 of the first nine tenths). Small changes
 * against the P80 itself say more iterations would not move it much.
 *
 * @param npvP80Change null without tranches
 */
public record Convergence(double finishP80Change, double costP80Change,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Double npvP80Change) {
}
