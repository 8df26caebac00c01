package dev.corridor.model;

/** Total spend in periods [from, to) may be at most {@code max} (in the project's money unit). */
public record BudgetCap(int from, int to, Money max) {

    public boolean covers(int period) {
        return period >= from && period < to;
    }
}
