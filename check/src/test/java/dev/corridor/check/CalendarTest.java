package dev.corridor.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarTest {

    private final Calendar summer = new Calendar("summer", 12, new int[] {4, 5, 6, 7, 8});

    @Test
    void aSeasonalStagePausesThroughTheClosedMonths() {
        assertThat(summer.workedPeriods(7, 4)).containsExactly(7, 8, 16, 17);
    }

    @Test
    void aStageStartingInAClosedPeriodWorksFromTheNextOpenOne() {
        assertThat(summer.workedPeriods(10, 2)).containsExactly(16, 17);
    }

    @Test
    void aSparseCalendarIsWalkedCycleByCycle() {
        var once = new Calendar("once-a-decade", 10_000, new int[] {9_999});
        assertThat(once.workedPeriods(0, 3)).containsExactly(9_999, 19_999, 29_999);
    }

    @Test
    void negativePeriodsFollowTheSameCycle() {
        assertThat(summer.isOpen(-5)).isTrue();
        assertThat(summer.workedPeriods(-9, 2)).containsExactly(-8, -7);
    }

    @Test
    void aCalendarWithNoOpenPeriodCannotBeWorked() {
        assertThat(new Calendar("never", 12, new int[] {}).workedPeriods(0, 1)).isNull();
        assertThat(new Calendar("never", 12, new int[] {}).workedPeriods(0, 0)).isEmpty();
    }
}
