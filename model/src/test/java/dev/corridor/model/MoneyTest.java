package dev.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.corridor.model.io.JsonFiles;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static Money money(String amount) {
        return Money.of(new BigDecimal(amount));
    }

    /** Spreads {@code cost} over {@code duration} worked periods and checks every part and the sum. */
    private static void assertSpreadAddsUp(long cost, int duration) {
        long least = Math.floorDiv(cost, duration);
        long total = 0;
        for (int k = 0; k < duration; k++) {
            long part = Money.spendInWorkedPeriod(cost, duration, k);
            assertThat(part).as("part %d of %d of %d", k, duration, cost).isBetween(least, least + 1);
            total += part;
        }
        assertThat(total).as("%d over %d periods", cost, duration).isEqualTo(cost);
        assertThat(Money.spendInWorkedPeriod(cost, duration, 0)).as("the first period carries no remainder")
                .isEqualTo(least);
    }

    @Test
    void aCostSpreadOverItsWorkedPeriodsAddsUpToTheThousandth() {
        // 100 over 7 periods: 14.285 or 14.286 a period, 100 in all.
        assertThat(Money.spendInWorkedPeriod(100_000, 7, 0)).isEqualTo(14_285);
        assertThat(Money.spendInWorkedPeriod(100_000, 7, 6)).isEqualTo(14_286);
        for (long cost : new long[] {0, 1, 2, 999, 1_000, 100_000, 123_456_789, 1_000_000_000_000L}) {
            for (int duration : new int[] {1, 2, 3, 5, 7, 12, 13, 97, 1_000}) {
                assertSpreadAddsUp(cost, duration);
            }
        }
        var random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            assertSpreadAddsUp(random.nextLong(Money.MAX.thousandths() + 1), 1 + random.nextInt(500));
        }
    }

    @Test
    void theLargestMoneyOverTheLongestDurationDoesNotOverflow() {
        // cost × periods passes 2^63 long before the last period: the quotient-remainder form keeps it exact.
        for (long cost : new long[] {Money.MAX.thousandths(), Money.MAX.thousandths() - 1, Money.MAX.times(9).thousandths()}) {
            for (int duration : new int[] {1, 3, 7, 99_999, 100_000}) {
                assertSpreadAddsUp(cost, duration);
            }
        }
    }

    @Test
    void readsExactlyAndRefusesMoreThanThreeDecimals() {
        assertThat(money("0.1").thousandths()).isEqualTo(100);
        assertThat(money("12.3450")).isEqualTo(money("12.345"));
        assertThat(money("1E+3").thousandths()).isEqualTo(1_000_000);
        assertThat(Money.of(Money.MAX.toBigDecimal())).isEqualTo(Money.MAX);

        assertThatThrownBy(() -> money("12.3456")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("12.3456", "thousandths", "round it to at most three decimals: 12.346");
        assertThatThrownBy(() -> money("1E+400")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("beyond what corridor counts");
    }

    @Test
    void roundsToTheNearestThousandth() {
        assertThat(Money.rounded(0.0015)).isEqualTo(money("0.002"));
        assertThat(Money.rounded(2.675)).isEqualTo(money("2.675"));
        assertThat(Money.rounded(12.34449)).isEqualTo(money("12.344"));
        assertThat(Money.rounded(-1.0005)).isEqualTo(money("-1.001"));
        assertThat(Money.rounded(1e15)).isEqualTo(Money.MAX);
        assertThat(Money.rounded(0.1).toDouble()).isEqualTo(0.1);
    }

    @Test
    void refusesWhatALongOfThousandthsCannotHold() {
        for (double amount : new double[] {9.3e15, -1e20, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Money.rounded(amount)).isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("beyond what corridor counts", "larger unit");
        }
        var most = Money.ofThousandths(Long.MAX_VALUE);
        assertThatThrownBy(() -> most.plus(Money.ofThousandths(1))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("beyond what corridor counts");
        assertThatThrownBy(() -> Money.ofThousandths(Long.MIN_VALUE).minus(Money.ofThousandths(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Money.MAX.times(9).thousandths()).isEqualTo(9_000_000_000_000_000_000L);
        assertThatThrownBy(() -> Money.MAX.times(10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addsAndSubtractsExactly() {
        // As doubles 0.1 + 0.2 is 0.30000000000000004; as money it is 0.3.
        assertThat(money("0.1").plus(money("0.2"))).isEqualTo(money("0.3"));
        assertThat(money("0.3").minus(money("0.1")).minus(money("0.2"))).isEqualTo(Money.ZERO);
        assertThat(money("0.333").times(3)).isEqualTo(money("0.999"));
        assertThat(money("1.5").compareTo(money("1.499"))).isPositive();
    }

    @Test
    void printsAsAPlainDecimal() {
        assertThat(money("195")).hasToString("195");
        assertThat(money("12.500")).hasToString("12.5");
        assertThat(money("0.001")).hasToString("0.001");
        assertThat(money("1000")).hasToString("1000");
        assertThat(money("-3.2")).hasToString("-3.2");
        assertThat(Money.ZERO).hasToString("0");
        assertThat(Money.MAX).hasToString("1000000000000000");
    }

    @Test
    void jsonIsAPlainNumberThatReadsBackExactly() throws Exception {
        var mapper = JsonFiles.mapper();
        for (var text : new String[] {"195", "12.5", "0.001", "1000", "0", "1000000000000000", "89085.9"}) {
            var amount = money(text);

            assertThat(mapper.writeValueAsString(amount)).isEqualTo(text);
            assertThat(mapper.readValue(text, Money.class)).isEqualTo(amount);
        }
        assertThat(mapper.readValue("0.1", Money.class).thousandths()).isEqualTo(100);
        assertThat(mapper.readValue("1.0E3", Money.class)).isEqualTo(money("1000"));
        assertThatThrownBy(() -> mapper.readValue("12.3456", Money.class)).isInstanceOf(JsonMappingException.class)
                .hasRootCauseInstanceOf(ArithmeticException.class);
    }
}
