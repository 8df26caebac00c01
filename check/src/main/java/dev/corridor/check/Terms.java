package dev.corridor.check;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The dataset's financing terms.
 *
 * @param shares each party's bounds on its share of all draws, as {min, max}
 * @param openingValue what each system earns per period once open
 */
record Terms(double discountRate, BigDecimal minReserve, Map<String, double[]> shares,
        Map<String, BigDecimal> openingValue) {
}
