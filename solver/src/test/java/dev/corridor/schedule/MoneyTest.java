package dev.corridor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void costIsSpreadOverWorkedPeriodsToTheLastThousandth() {
        long total = 0;
        for (int k = 0; k < 7; k++) {
            long part = Money.spendInWorkedPeriod(100_000, 7, k);
            assertThat(part).isBetween(14_285L, 14_286L);
            total += part;
        }
        assertThat(total).isEqualTo(100_000);
    }

    @Test
    void largeCostsOverManyPeriodsDoNotOverflow() {
        // 10^13 money units in thousandths, over 10,000 periods: cost times periods passes 2^63.
        long cost = Money.toMilli(1e13);
        int duration = 10_000;
        long total = 0;
        for (int k = 0; k < duration; k++) {
            long part = Money.spendInWorkedPeriod(cost, duration, k);
            assertThat(part).isPositive();
            total += part;
        }
        assertThat(total).isEqualTo(cost);
    }
}
