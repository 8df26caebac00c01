package dev.corridor.check;

import java.math.BigDecimal;

/**
 * Money that can be drawn in periods [from, to), up to {@code amount}. Rates are annual fractions;
 * the upfront fee is a fraction of each draw.
 */
record Tranche(String id, String party, String kind, BigDecimal amount, int from, int to, double rate,
        double upfrontFee, double commitmentFee) {

    boolean isOpen(int period) {
        return period >= from && period < to;
    }

    /** Loans, bonds and prepayments pay interest in cash; equity's rate is a cost, not a payment; grants are free. */
    boolean paysInterestInCash() {
        return kind.equals("LOAN") || kind.equals("BOND") || kind.equals("PREPAYMENT");
    }

    /** Whether its rate is a cost at all: every kind but a grant. */
    boolean chargesRate() {
        return !kind.equals("GRANT");
    }
}
