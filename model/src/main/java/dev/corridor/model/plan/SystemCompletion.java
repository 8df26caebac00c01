package dev.corridor.model.plan;

import dev.corridor.model.CorridorSystem;
import java.time.LocalDate;

/** When a corridor system is complete: the finish of its last stage. */
public record SystemCompletion(CorridorSystem system, int finish, LocalDate date, int stages) {
}
