package dev.corridor.model.plan;

import java.time.LocalDate;

/** A period whose spend and charges the tranches cannot cover, and by how much. */
public record Shortfall(int period, LocalDate date, double amount) {
}
