package dev.corridor.schedule.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void feasibilityComesBeforeLatenessBeforeMoneyBeforeTheObjectiveBeforeCost() {
        var best = new Standing(0, 0, 0, 100, 50);
        var dearer = new Standing(0, 0, 0, 100, 60);
        var longer = new Standing(0, 0, 0, 101, 0);
        var shortOfMoney = new Standing(0, 0, 1, 10, 0);
        var late = new Standing(0, 1, 0, 10, 0);
        var broken = new Standing(1, 0, 0, 1, 0);
        var shuffled = new ArrayList<>(List.of(broken, longer, late, best, shortOfMoney, dearer));
        Collections.shuffle(shuffled, new java.util.Random(3));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactly(best, dearer, longer, shortOfMoney, late, broken);
        assertThat(best.isBetterThan(dearer)).isTrue();
        assertThat(best.isBetterThan(best)).isFalse();
    }
}
