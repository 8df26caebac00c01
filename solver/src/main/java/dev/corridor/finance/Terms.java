package dev.corridor.finance;

import dev.corridor.model.PeriodUnit;

/**
 * Annual terms turned into per-period ones. Interest and the discount rate compound: an annual
 * rate r becomes (1 + r)^(1/n) - 1 per period, with n periods a year, so twelve monthly charges
 * on a constant balance add up to r over the year. Commitment fees are simple: r / n per period.
 */
record Terms(double periodsPerYear) {

    static Terms of(PeriodUnit unit) {
        return new Terms(unit.periodsPerYear());
    }

    double compoundRate(double annual) {
        return Math.pow(1 + annual, 1 / periodsPerYear) - 1;
    }

    double simpleRate(double annual) {
        return annual / periodsPerYear;
    }
}
