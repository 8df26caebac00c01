package dev.corridor.model.risk;

import dev.corridor.model.CorridorSystem;

/** When a system opens, over the iterations: the period after its last stage's last worked one. */
public record SystemRisk(CorridorSystem system, Percentiles finish) {
}
