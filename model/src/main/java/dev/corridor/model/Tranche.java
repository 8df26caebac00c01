package dev.corridor.model;

/**
 * A source of money that can be drawn in periods [from, to), up to {@code amount} in total.
 *
 * @param rate annual interest, coupon or cost of capital, as a fraction (0.045 = 4.5 %)
 * @param upfrontFee fraction of each draw charged when drawn
 * @param commitmentFee annual fraction charged on the undrawn amount inside the window
 */
public record Tranche(String id, String party, TrancheKind kind, Money amount, int from, int to, double rate,
        double upfrontFee, double commitmentFee) {
}
