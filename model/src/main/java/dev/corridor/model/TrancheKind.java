package dev.corridor.model;

/** What kind of money a tranche is; this sets how its price is charged. */
public enum TrancheKind {
    /** Sovereign appropriation: free money, drawn on an annual cycle. */
    GRANT,
    /** Bank, development-bank or export-credit loan: interest on the drawn balance. */
    LOAN,
    /** Infrastructure bond: coupon on the drawn balance. */
    BOND,
    /** Equity: priced at its cost of capital. */
    EQUITY,
    /** Prepayment by an offtake buyer, repaid in kind: priced like a loan at its rate. */
    PREPAYMENT
}
