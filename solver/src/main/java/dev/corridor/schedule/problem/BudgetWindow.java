package dev.corridor.schedule.problem;

/**
 * Spend in periods [from, to) may be at most {@code maxMilli} thousandths of the money unit.
 *
 * @param funding true for a window the tranches set (what they can have paid in before one of them
 *                opens, see {@link FundingWindows}), false for one of the dataset's budget caps
 */
public record BudgetWindow(int index, int from, int to, long maxMilli, boolean funding) {

    /** One of the dataset's budget caps. */
    public BudgetWindow(int index, int from, int to, long maxMilli) {
        this(index, from, to, maxMilli, false);
    }

    public boolean covers(int period) {
        return period >= from && period < to;
    }
}
