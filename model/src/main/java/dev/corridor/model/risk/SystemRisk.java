package dev.corridor.model.risk;

import dev.corridor.model.CorridorSystem;

/**
 * When a system opens, over the iterations: the period after its last stage's last worked one.
 *
 * @param finishDates the same as dates; null for a dataset without a start date
 */
public record SystemRisk(CorridorSystem system, Percentiles finish,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        PercentileDates finishDates) {
}
