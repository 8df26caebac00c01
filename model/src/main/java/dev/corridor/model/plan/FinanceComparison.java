package dev.corridor.model.plan;

/**
 * Scheduling first and financing after, against scheduling with the financing's period prices.
 *
 * @param scheduleThenFinance the schedule found without regard to financing, then financed
 * @param joint the best plan found by rescheduling with the period prices of cash
 * @param rounds how many times the schedule was re-solved with prices
 */
public record FinanceComparison(Outcome scheduleThenFinance, Outcome joint, int rounds) {
}
