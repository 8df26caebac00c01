package dev.corridor.schedule;

/**
 * Money inside the scheduler is counted in whole thousandths of the dataset's money unit, so sums
 * are exact and a plan's spend adds up to its stages' costs to the last unit.
 */
public final class Money {

    public static final long MILLI = 1000;

    private Money() {
    }

    public static long toMilli(double amount) {
        return Math.round(amount * MILLI);
    }

    public static double fromMilli(long milli) {
        return milli / (double) MILLI;
    }

    /**
     * The part of {@code costMilli} spent in the {@code k}-th of {@code duration} worked periods: the
     * cost spread as evenly as whole thousandths allow, the remainders falling in later periods.
     */
    public static long spendInWorkedPeriod(long costMilli, int duration, int k) {
        return spentAfter(costMilli, duration, k + 1) - spentAfter(costMilli, duration, k);
    }

    /** floor(cost · periods / duration), split as quotient and remainder so it cannot overflow. */
    private static long spentAfter(long costMilli, int duration, int periods) {
        long whole = Math.floorDiv(costMilli, duration);
        long rest = Math.floorMod(costMilli, duration);
        return whole * periods + rest * periods / duration;
    }
}
