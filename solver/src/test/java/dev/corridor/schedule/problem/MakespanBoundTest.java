package dev.corridor.schedule.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.support.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MakespanBoundTest {

    @Test
    void finishToStartLinksAddDurationsAndLags() {
        var project = new Projects.Builder()
                .stage("dig", 3, 0, Map.of())
                .stage("line", 2, 0, Map.of(), new Predecessor("dig", LinkType.FS, 1))
                .stage("side", 1, 0, Map.of())
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(6);
    }

    @Test
    void startAndFinishAnchoredLinksBindWhatTheyName() {
        var project = new Projects.Builder()
                .stage("dig", 4, 0, Map.of())
                // may start a period after dig starts, so ends at 1 + 2 = 3, before dig
                .stage("survey", 2, 0, Map.of(), new Predecessor("dig", LinkType.SS, 1))
                // must finish two periods after dig finishes, whatever its own length
                .stage("backfill", 1, 0, Map.of(), new Predecessor("dig", LinkType.FF, 2))
                // must finish three periods after survey starts: at 4
                .stage("report", 1, 0, Map.of(), new Predecessor("survey", LinkType.SF, 3))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(6);
    }

    @Test
    void aStageCountsAtItsShortestModeAndItsRelease() {
        var modes = List.of(new Mode("slow", 9, Money.ZERO, Map.of()), new Mode("fast", 4, Money.ZERO, Map.of()));
        var project = new Projects.Builder()
                .stage(new Stage("tunnel", "tunnel", CorridorSystem.FREIGHT, null, 5, null, modes, List.of()))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(9);
    }

    @Test
    void aNegativeLagLetsTheSuccessorOverlap() {
        var project = new Projects.Builder()
                .stage("dig", 5, 0, Map.of())
                .stage("line", 3, 0, Map.of(), new Predecessor("dig", LinkType.FS, -2))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(6);
    }

    @Test
    void closedPeriodsStretchAStage() {
        // Open three periods in four: released at 2, three worked periods are 2, 4 and 5.
        var project = new Projects.Builder()
                .calendar("season", 4, 0, 1, 2)
                .stage(stage("pour", 3, "season", 2))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(6);
    }

    @Test
    void aStageTiedByItsFinishMayStartEarlierWhenItsCalendarStretchesIt() {
        // "lay" must finish by the end of "dig" at 5. Its two worked periods can be 2 and 4 (3 is
        // closed), so it may start at 2, and "wire", starting with it, ends at 12, the optimum.
        var project = new Projects.Builder()
                .calendar("season", 4, 0, 1, 2)
                .stage("dig", 5, 0, Map.of())
                .stage(new Stage("lay", "lay", CorridorSystem.FREIGHT, "season", null, null,
                        List.of(new Mode("standard", 2, Money.ZERO, Map.of())), List.of(new Predecessor("dig", LinkType.FF, 0))))
                .stage("wire", 10, 0, Map.of(), new Predecessor("lay", LinkType.SS, 0))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(12);
    }

    @Test
    void resourcesDoNotRaiseTheBound() {
        // Two stages that cannot overlap on one crew take 6 periods; the bound stays at 3 all the same.
        var project = new Projects.Builder()
                .resource(new Resource("crew", 1))
                .stage("east", 3, 0, Map.of("crew", 1))
                .stage("west", 3, 0, Map.of("crew", 1))
                .build();

        assertThat(MakespanBound.of(ScheduleProblem.of(project))).isEqualTo(3);
    }

    @Test
    void agreesWithTheCriticalPathOfPsplibInstances() {
        // The benchmarks' critical-path bound for these instances, worked out independently.
        assertThat(MakespanBound.of(ScheduleProblem.of(Projects.psplib("j30", "j301_1")))).isEqualTo(38);
        assertThat(MakespanBound.of(ScheduleProblem.of(Projects.psplib("j30", "j3013_4")))).isEqualTo(50);
    }

    private static Stage stage(String id, int duration, String calendar, Integer release) {
        return new Stage(id, id, CorridorSystem.FREIGHT, calendar, release, null,
                List.of(new Mode("standard", duration, Money.ZERO, Map.of())), List.of());
    }
}
