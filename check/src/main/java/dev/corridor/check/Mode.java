package dev.corridor.check;

import java.math.BigInteger;
import java.util.Map;

/** One way to carry out a stage: worked periods, total cost in thousandths, units held per worked period. */
record Mode(String id, int duration, BigInteger costThousandths, Map<String, Integer> demand) {

    int demandFor(String resource) {
        return demand.getOrDefault(resource, 0);
    }

    /**
     * The thousandths spent in worked period k (from 0) of d, by the dataset format's rule: the first
     * k+1 periods together carry floor(cost·(k+1)/d), so the d periods add up to the cost exactly and
     * the remainders fall in later periods.
     */
    BigInteger spentInWorkedPeriod(int k) {
        var d = BigInteger.valueOf(duration);
        var upTo = costThousandths.multiply(BigInteger.valueOf(k + 1L)).divide(d);
        var before = costThousandths.multiply(BigInteger.valueOf(k)).divide(d);
        return upTo.subtract(before);
    }
}
