package dev.corridor.model.plan;

/**
 * The plan's net present value, all in the project's money unit at period 0.
 *
 * @param openingValue what the systems earn from their opening until the horizon
 * @param spend the stages' costs
 * @param financing the financing charges
 * @param netPresentValue opening value less spend less financing
 */
public record Valuation(double openingValue, double spend, double financing, double netPresentValue) {
}
