package dev.corridor.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Money as the checker writes it in a finding: plain decimals, every digit, no exponent. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal ofThousandths(BigInteger thousandths) {
        return new BigDecimal(thousandths, 3);
    }

    static String text(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    /** A computed present value, to the thousandth. */
    static String text(double amount) {
        return text(BigDecimal.valueOf(amount).setScale(3, RoundingMode.HALF_EVEN));
    }

    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + " %";
    }
}
