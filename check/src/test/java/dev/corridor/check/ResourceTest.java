package dev.corridor.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceTest {

    @Test
    void theLatestCapacityChangeAtOrBeforeAPeriodHolds() {
        var crew = new Resource("crew", true, 3, List.of(new int[] {24, 1}, new int[] {12, 5}));
        assertThat(crew.capacityAt(11)).isEqualTo(3);
        assertThat(crew.capacityAt(12)).isEqualTo(5);
        assertThat(crew.capacityAt(30)).isEqualTo(1);
    }

    @Test
    void ofTwoChangesFromTheSamePeriodTheLastListedHolds() {
        var crew = new Resource("crew", true, 3, List.of(new int[] {5, 4}, new int[] {5, 6}));
        assertThat(crew.capacityAt(5)).isEqualTo(6);
    }
}
