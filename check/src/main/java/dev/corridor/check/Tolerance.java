package dev.corridor.check;

import java.math.BigDecimal;

/**
 * How close a figure must be to count as equal. Money that is a sum of whole thousandths (costs,
 * spend, caps, draws, gaps) must match to the thousandth, with no tolerance. Present values and
 * charges multiply money by rates and discount factors, so they are real numbers that a plan
 * rounds to the thousandth: one may differ from the recomputed value by half a thousandth for each
 * rounded term it adds up (a tranche's charges are one; the financing cost adds one per tranche),
 * plus 10^-6 and one part in 10^9 for floating-point error. Where the plan reports both a total
 * and its parts, the total must be their sum exactly. Cash may fall below the reserve by at most
 * 10^-6 of a money unit plus one part in 10^12 of the money spent, which is floating-point error in
 * the interest charges and nothing a real shortfall could hide in. Shares of the draws may miss
 * their bounds by 10^-6, the rounding of draws to thousandths.
 */
final class Tolerance {

    static final double SHARE = 1e-6;
    static final double REPORTED_SHARE = 1e-9;

    private Tolerance() {
    }

    static boolean presentValueEqual(BigDecimal reported, double recomputed, int roundedTerms) {
        return Math.abs(reported.doubleValue() - recomputed)
                <= 0.0005 * roundedTerms + 1e-6 + 1e-9 * Math.abs(recomputed);
    }

    static BigDecimal cash(BigDecimal spent) {
        return new BigDecimal("0.000001").add(spent.abs().multiply(new BigDecimal("1e-12")));
    }
}
