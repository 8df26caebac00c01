package dev.corridor.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModeTest {

    @Test
    void aCostSpreadOverItsWorkedPeriodsAddsUpToTheCostExactly() {
        var random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            var cost = BigInteger.valueOf(random.nextLong(0, 1_000_000_000_000_000_000L + 1));
            int duration = 1 + random.nextInt(600);
            var mode = new Mode("m", duration, cost, Map.of());
            var sum = BigInteger.ZERO;
            for (int k = 0; k < duration; k++) {
                var part = mode.spentInWorkedPeriod(k);
                assertThat(part.signum()).isNotNegative();
                sum = sum.add(part);
            }
            assertThat(sum).isEqualTo(cost);
        }
    }

    @Test
    void theRemaindersFallInLaterPeriods() {
        // 1 unit (1,000 thousandths) over 3 periods: 333, 333, 334.
        var mode = new Mode("m", 3, BigInteger.valueOf(1_000), Map.of());
        assertThat(mode.spentInWorkedPeriod(0)).isEqualTo(333);
        assertThat(mode.spentInWorkedPeriod(1)).isEqualTo(333);
        assertThat(mode.spentInWorkedPeriod(2)).isEqualTo(334);
    }
}
