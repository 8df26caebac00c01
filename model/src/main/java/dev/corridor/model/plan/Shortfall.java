package dev.corridor.model.plan;

import dev.corridor.model.Money;
import java.time.LocalDate;

/** A period whose spend and charges the tranches cannot cover, and by how much. */
public record Shortfall(int period, LocalDate date, Money amount) {
}
