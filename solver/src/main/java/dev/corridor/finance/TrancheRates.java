package dev.corridor.finance;

import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;

/**
 * How a tranche charges for money, per period (README, "Financing"): the LP prices draws by these
 * rates, and the rounded draws are replayed and costed by the same ones.
 *
 * @param cashRate interest paid in cash per period on the drawn balance (loans, bonds, prepayments)
 * @param costRate what the drawn balance costs per period, paid or not (also equity's cost of capital)
 * @param commitment commitment fee per period on the undrawn amount while the window is open
 * @param fee upfront fee, a fraction of each draw
 */
record TrancheRates(double cashRate, double costRate, double commitment, double fee, int from, int to) {

    static TrancheRates of(Tranche tranche, Terms terms) {
        double rate = tranche.kind() == TrancheKind.GRANT ? 0 : terms.compoundRate(tranche.rate());
        boolean paysInCash = tranche.kind() == TrancheKind.LOAN || tranche.kind() == TrancheKind.BOND
                || tranche.kind() == TrancheKind.PREPAYMENT;
        return new TrancheRates(paysInCash ? rate : 0, rate, terms.simpleRate(tranche.commitmentFee()),
                tranche.upfrontFee(), tranche.from(), tranche.to());
    }

    /** True when money may be drawn in {@code period}, and the commitment fee is owed on what is not. */
    boolean isOpen(int period) {
        return period >= from && period < to;
    }

    /** Cash paid in period u per unit drawn before it: interest, less the commitment fee it saves. */
    double cashPerPeriod(int u) {
        return cashRate - (u < to ? commitment : 0);
    }

    /** Present-value cost in period u per unit drawn before it: interest or cost of equity, less the fee it saves. */
    double costPerPeriod(int u) {
        return costRate - (u < to ? commitment : 0);
    }
}
