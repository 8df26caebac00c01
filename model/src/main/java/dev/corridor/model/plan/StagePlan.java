package dev.corridor.model.plan;

import dev.corridor.model.CorridorSystem;
import java.time.LocalDate;

/** One stage in a plan: its mode, first worked period and the period after its last. */
public record StagePlan(String id, String name, CorridorSystem system, String mode, int start, int finish,
        LocalDate startDate, LocalDate finishDate, double cost) {
}
