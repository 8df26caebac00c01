package dev.corridor.schedule.decode;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Sorts stage indexes by two period keys, then by index, without boxing: the decoder sorts every
 * list it justifies twice, and sorting boxed integers through comparators was a tenth of a J120
 * search's time. The keys and the index are packed into one long per stage, so a primitive sort
 * orders them; keys or indexes too large to pack fall back to the comparator.
 */
final class StageSort {

    private static final int KEY_BITS = 21;
    private static final int INDEX_BITS = 64 - 1 - 2 * KEY_BITS;
    private static final long KEY_BIAS = 1L << (KEY_BITS - 1);
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private StageSort() {
    }

    /** {@code stages} ordered by {@code first}, then {@code second}, then index, all ascending. */
    static int[] sorted(int[] stages, IntUnaryOperator first, IntUnaryOperator second) {
        var packed = new long[stages.length];
        for (int i = 0; i < stages.length; i++) {
            int stage = stages[i];
            long a = first.applyAsInt(stage) + KEY_BIAS;
            long b = second.applyAsInt(stage) + KEY_BIAS;
            if (a < 0 || a > KEY_MASK || b < 0 || b > KEY_MASK || stage > INDEX_MASK) {
                return boxed(stages, first, second);
            }
            packed[i] = a << (KEY_BITS + INDEX_BITS) | b << INDEX_BITS | stage;
        }
        Arrays.sort(packed);
        var order = new int[stages.length];
        for (int i = 0; i < packed.length; i++) {
            order[i] = (int) (packed[i] & INDEX_MASK);
        }
        return order;
    }

    private static int[] boxed(int[] stages, IntUnaryOperator first, IntUnaryOperator second) {
        return IntStream.of(stages).boxed()
                .sorted(Comparator.comparingInt((Integer s) -> first.applyAsInt(s))
                        .thenComparingInt(s -> second.applyAsInt(s)).thenComparingInt(s -> s))
                .mapToInt(Integer::intValue).toArray();
    }
}
