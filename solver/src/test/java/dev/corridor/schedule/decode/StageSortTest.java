package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageSortTest {

    @Test
    void ordersByFirstKeyThenSecondThenIndexEvenWithNegativeKeys() {
        int[] first = {5, -3, 5, 0, -3};
        int[] second = {2, 7, 1, 0, 7};

        var sorted = StageSort.sorted(new int[] {0, 1, 2, 3, 4}, s -> first[s], s -> second[s]);

        assertThat(sorted).containsExactly(1, 4, 3, 2, 0);
    }

    @Test
    void keysTooLargeToPackAreStillSortedTheSameWay() {
        int[] first = {3_000_000, -3_000_000, 0};

        var sorted = StageSort.sorted(new int[] {0, 1, 2}, s -> first[s], s -> 0);

        assertThat(sorted).containsExactly(1, 2, 0);
    }
}
