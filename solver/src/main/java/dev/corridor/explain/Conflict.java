package dev.corridor.explain;

import dev.corridor.schedule.problem.BudgetWindow;
import dev.corridor.schedule.problem.ResourceSpec;

/** Why a stage cannot be put at some start, everything else staying where it is. */
sealed interface Conflict {

    /**
     * The resource has no room for the stage in {@code period}.
     *
     * @param holder the stage whose booking there began before the stage does and ends last, or -1
     *               when no such stage holds it (the capacity itself is too low)
     */
    record ResourceFull(ResourceSpec resource, int period, int holder) implements Conflict {
    }

    /** The stage's spend would take the budget window over its cap. */
    record BudgetOver(BudgetWindow window) implements Conflict {
    }
}
