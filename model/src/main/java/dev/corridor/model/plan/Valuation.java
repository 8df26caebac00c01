package dev.corridor.model.plan;

import dev.corridor.model.Money;

/**
 * The plan's net present value, all in the project's money unit at period 0. The three present
 * values are rounded to the thousandth; the net is their exact difference, so the figures add up.
 *
 * @param openingValue what the systems earn from their opening on
 * @param spend the stages' costs
 * @param financing the financing charges
 * @param netPresentValue opening value less spend less financing
 */
public record Valuation(Money openingValue, Money spend, Money financing, Money netPresentValue) {
}
