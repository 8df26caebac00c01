package dev.corridor.schedule.problem;

/** Spend in periods [from, to) may be at most {@code maxMilli} thousandths of the money unit. */
public record BudgetWindow(int index, int from, int to, long maxMilli) {

    public boolean covers(int period) {
        return period >= from && period < to;
    }
}
