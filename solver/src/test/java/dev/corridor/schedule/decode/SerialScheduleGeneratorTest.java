package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.CapacityChange;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerialScheduleGeneratorTest {

    private static Timetable decode(ScheduleProblem problem, int... order) {
        var modes = problem.stages().stream().map(s -> s.modes().get(0)).toArray(ModeOption[]::new);
        return new SerialScheduleGenerator(problem).decode(order, modes);
    }

    @Test
    void aStartBeforeABudgetWindowIsNotPassedOverWhenTheNextOneFits() {
        // X costs 1.001 over 4 periods: 0.250, 0.250, 0.250, 0.251. From 8 its last two periods fall in
        // the window [10, 12) and cost 0.501, over the 0.5 cap; from 9 its middle two cost 0.500.
        var problem = ScheduleProblem.of(new Projects.Builder()
                .cap(10, 12, 0.5)
                .stage("P", 8, 0, Map.of())
                .stage("X", 4, 1.001, Map.of(), Predecessor.finishToStart("P"))
                .build());
        var modes = problem.stages().stream().map(stage -> stage.modes().get(0)).toArray(ModeOption[]::new);

        var timetable = new SerialScheduleGenerator(problem).decode(new int[] {0, 1}, modes);

        assertThat(timetable.start()).containsExactly(0, 9);
    }

    @Test
    void stagesCompetingForOneCrewRunOneAfterTheOtherInListOrder() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("crew", 1))
                .stage("a", 3, 0, Map.of("crew", 1))
                .stage("b", 2, 0, Map.of("crew", 1))
                .build());
        var bFirst = decode(problem, 1, 0);
        assertThat(bFirst.start()).containsExactly(2, 0);
        var aFirst = decode(problem, 0, 1);
        assertThat(aFirst.start()).containsExactly(0, 3);
    }

    @Test
    void aSuccessorListedFirstStillWaitsForItsPredecessor() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage("a", 3, 0, Map.of())
                .stage("b", 2, 0, Map.of(), Predecessor.finishToStart("a"))
                .build());
        var timetable = decode(problem, 1, 0);
        assertThat(timetable.start()).containsExactly(0, 3);
        assertThat(timetable.forced()).isZero();
    }

    @Test
    void eachLinkTypeAndLagIsHonoured() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .stage("a", 4, 0, Map.of())
                .stage("fs", 1, 0, Map.of(), new Predecessor("a", LinkType.FS, 2))
                .stage("ss", 1, 0, Map.of(), new Predecessor("a", LinkType.SS, 1))
                .stage("ff", 2, 0, Map.of(), new Predecessor("a", LinkType.FF, 3))
                .stage("sf", 2, 0, Map.of(), new Predecessor("a", LinkType.SF, 5))
                .build());
        var timetable = decode(problem, 0, 1, 2, 3, 4);
        assertThat(timetable.start()).containsExactly(0, 6, 1, 5, 3);
        assertThat(timetable.finish()).containsExactly(4, 7, 2, 7, 5);
    }

    @Test
    void seasonalStagePausesThroughTheClosedSeasonAndStartsInAnOpenPeriod() {
        var summer = new Stage("track", "track", CorridorSystem.FREIGHT, "summer", null, null,
                List.of(new Mode("standard", 5, Money.ZERO, Map.of())), List.of());
        var problem = ScheduleProblem.of(new Projects.Builder()
                .calendar("summer", 12, 5, 6, 7, 8)
                .stage(summer)
                .build());
        var timetable = decode(problem, 0);
        // Works June to September of year one, then June of year two.
        assertThat(timetable.start()).containsExactly(5);
        assertThat(timetable.finish()).containsExactly(18);
    }

    @Test
    void stageWaitsForTheCapacityRampWhenItNeedsMoreThanTheFirstCrews() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("tbm", "TBMs", 1, List.of(new CapacityChange(6, 3))))
                .stage("bore", 4, 0, Map.of("tbm", 2))
                .build());
        assertThat(decode(problem, 0).start()).containsExactly(6);
    }

    @Test
    void budgetCapPushesWorkIntoTheNextWindow() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .cap(0, 12, 100)
                .cap(12, 24, 100)
                .stage("a", 2, 80, Map.of())
                .stage("b", 2, 80, Map.of())
                .build());
        var timetable = decode(problem, 0, 1);
        assertThat(timetable.start()).containsExactly(0, 12);
        assertThat(timetable.forced()).isZero();
    }

    @Test
    void stageThatNoPeriodCanHoldIsForcedAtItsEarliestStartAndCounted() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("tbm", "TBMs", 2, List.of(new CapacityChange(3, 0))))
                .stage("a", 2, 0, Map.of("tbm", 2))
                .stage("b", 2, 0, Map.of("tbm", 2), Predecessor.finishToStart("a"))
                .build());
        var timetable = decode(problem, 0, 1);
        assertThat(timetable.start()).containsExactly(0, 2);
        assertThat(timetable.forced()).isEqualTo(1);
    }

    @Test
    void releaseDelaysTheStart() {
        var late = new Stage("late", "late", CorridorSystem.DATA, null, 7, null,
                List.of(new Mode("standard", 1, Money.ZERO, Map.of())), List.of());
        var problem = ScheduleProblem.of(new Projects.Builder().stage(late).build());
        assertThat(decode(problem, 0).start()).containsExactly(7);
    }

    @Test
    void aStartIsTurnedDownPastTheLastPeriodItsWorkDoesNotFitIn() {
        // One crew, held in periods 1 and 3 by two released stages; a four-period stage from 0 clashes in
        // both. Every start up to 3 works in 3, so one turned-down block reaches past it, citing period 3.
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("crew", 1))
                .stage(released("first", 1))
                .stage(released("second", 3))
                .stage("long", 4, 0, Map.of("crew", 1))
                .build());
        var generator = new SerialScheduleGenerator(problem);
        generator.recordTurnedDown();
        var modes = problem.stages().stream().map(s -> s.modes().get(0)).toArray(ModeOption[]::new);

        var timetable = generator.decode(new int[] {0, 1, 2}, modes);

        assertThat(timetable.start()).containsExactly(1, 3, 4);
        // Starts [0, 4) turned down for crew (resource 0) over capacity by one unit in period 3.
        assertThat(generator.lastTurnedDown()).containsExactly(0, 4, 0, 1);
    }

    private static Stage released(String id, int release) {
        return new Stage(id, id, CorridorSystem.DATA, null, release, null,
                List.of(new Mode("standard", 1, Money.ZERO, Map.of("crew", 1))), List.of());
    }
}
