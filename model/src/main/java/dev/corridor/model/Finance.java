package dev.corridor.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Project-wide financing terms.
 *
 * @param discountRate annual rate used for present values
 * @param minReserve cash that must stay in hand after every period's spend
 * @param partyShare bounds on each party's share of all draws
 */
public record Finance(double discountRate, double minReserve, Map<String, ShareBounds> partyShare) {

    public Finance {
        partyShare = partyShare == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(partyShare));
    }

    public static Finance none() {
        return new Finance(0, 0, Map.of());
    }
}
