package dev.corridor.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Project-wide financing terms.
 *
 * @param discountRate annual rate used for present values
 * @param minReserve cash that must stay in hand after every period's spend
 * @param partyShare bounds on each party's share of all draws
 * @param openingValue what each system earns per period once its last stage is done (money units);
 *                     when given, plans are judged by net present value
 */
public record Finance(double discountRate, Money minReserve, Map<String, ShareBounds> partyShare,
        Map<CorridorSystem, Money> openingValue) {

    public Finance {
        partyShare = partyShare == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(partyShare));
        openingValue = openingValue == null || openingValue.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(openingValue));
    }

    public Finance(double discountRate, Money minReserve, Map<String, ShareBounds> partyShare) {
        this(discountRate, minReserve, partyShare, Map.of());
    }

    public static Finance none() {
        return new Finance(0, Money.ZERO, Map.of());
    }

    /**
     * What one unit of money in {@code period} is worth in period 0: the annual discount rate
     * compounded per period.
     */
    public double discountFactor(PeriodUnit unit, int period) {
        return Math.pow(1 + discountRate, -period / unit.periodsPerYear());
    }

    public boolean valuesOpening() {
        return openingValue.values().stream().anyMatch(v -> v.thousandths() > 0);
    }
}
