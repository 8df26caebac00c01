package dev.corridor.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money, counted in whole thousandths of the dataset's money unit. Datasets give at
 * most three decimals, so every cost, cap and draw is exact here, and sums (a plan's spend, what a
 * tranche has drawn) add up to the last thousandth instead of drifting as doubles do. The
 * scheduler's inner loops work on {@link #thousandths()} directly: the same count, unboxed.
 *
 * <p>A long of thousandths reaches about 9.2 × 10^15 money units. Datasets are held to {@link #MAX}
 * a value and the validator refuses sums that could pass it; arithmetic that still would throws
 * rather than wraps.
 *
 * <p>In JSON an amount is a plain decimal number with no trailing zeros: {@code 195}, {@code 12.5},
 * {@code 0.001}.
 */
public record Money(long thousandths) implements Comparable<Money> {

    /** Thousandths in one money unit. */
    public static final long PER_UNIT = 1000;
    private static final int DECIMALS = 3;

    public static final Money ZERO = new Money(0);
    /** The largest amount a dataset may give: 10^15 money units. */
    public static final Money MAX = new Money(1_000_000_000_000_000_000L);

    /**
     * Exactly {@code amount}.
     *
     * @throws ArithmeticException if it has more than three decimals, or is beyond what a long of
     *         thousandths holds
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money of(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > DECIMALS) {
            throw new ArithmeticException(amount + " has more than three decimals, but money is counted in whole "
                    + "thousandths of the money unit; round it to at most three decimals: "
                    + amount.setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString() + ".");
        }
        try {
            return new Money(amount.movePointRight(DECIMALS).longValueExact());
        } catch (ArithmeticException e) {
            throw beyond(amount.toString());
        }
    }

    public static Money ofThousandths(long thousandths) {
        return new Money(thousandths);
    }

    /**
     * {@code amount} to the nearest thousandth, halves away from zero. The amount is taken as Java
     * prints it (0.0015 rounds to 0.002, though the double is a hair below it).
     *
     * @throws ArithmeticException if it is not finite or beyond what a long of thousandths holds
     */
    public static Money rounded(double amount) {
        if (!Double.isFinite(amount)) {
            throw beyond(Double.toString(amount));
        }
        try {
            return new Money(BigDecimal.valueOf(amount).movePointRight(DECIMALS).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact());
        } catch (ArithmeticException e) {
            throw beyond(Double.toString(amount));
        }
    }

    /**
     * The part of a cost of {@code costThousandths} spent in worked period {@code k} (from 0) of
     * {@code duration}: ⌊c·(k+1)/d⌋ − ⌊c·k/d⌋ thousandths. The parts add up exactly to the cost,
     * differ by at most one thousandth, and the remainders fall in later periods. On raw
     * thousandths, as the scheduler's inner loops call it.
     */
    public static long spendInWorkedPeriod(long costThousandths, int duration, int k) {
        // c = q·d + r, so ⌊c·(k+1)/d⌋ − ⌊c·k/d⌋ = q + ⌊r·(k+1)/d⌋ − ⌊r·k/d⌋, and c·k cannot overflow.
        long rest = Math.floorMod(costThousandths, duration);
        return Math.floorDiv(costThousandths, duration) + rest * (k + 1) / duration - rest * k / duration;
    }

    public Money plus(Money other) {
        try {
            return new Money(Math.addExact(thousandths, other.thousandths));
        } catch (ArithmeticException e) {
            throw beyond(this + " + " + other);
        }
    }

    public Money minus(Money other) {
        try {
            return new Money(Math.subtractExact(thousandths, other.thousandths));
        } catch (ArithmeticException e) {
            throw beyond(this + " - " + other);
        }
    }

    public Money times(int factor) {
        try {
            return new Money(Math.multiplyExact(thousandths, factor));
        } catch (ArithmeticException e) {
            throw beyond(this + " × " + factor);
        }
    }

    /** The nearest double: for the LP, charts and rates, never for sums that must add up. */
    public double toDouble() {
        return thousandths / (double) PER_UNIT;
    }

    /** The exact amount, without trailing zeros; this is its JSON form. */
    @JsonValue
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(thousandths, DECIMALS).stripTrailingZeros();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(thousandths, other.thousandths);
    }

    /** A plain decimal: 195, 12.5, 0.001. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }

    private static ArithmeticException beyond(String amount) {
        return new ArithmeticException(amount + " is beyond what corridor counts: money is kept in whole thousandths "
                + "of the money unit, up to about 9.2 × 10^15 units, and a dataset may give at most 10^15 a value. "
                + "Count money in a larger unit (\"million\" rather than units of the currency).");
    }
}
