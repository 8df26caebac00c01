package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.CorridorSystem;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Resource;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.Stage;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModeFittingDecodeTest {

    /**
     * Two stages and a crew of two. Each stage can go "wide" (two crews, 2 periods) or "narrow" (one
     * crew, 3 periods, using up one permit). With the first stage narrow, the second waits for the
     * crew to be free if it goes wide (finishing at 5), but runs beside it if it goes narrow
     * (finishing at 3): narrow is faster there, though slower on its own. (The first stage, free to
     * choose, would go wide: alone it finishes at 2 that way.)
     */
    private static ScheduleProblem twoStages(int permits) {
        return ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("crew", 2))
                .resource(new Resource("permits", "Permits", permits, List.of(), ResourceKind.NONRENEWABLE))
                .stage(twoWidths("a"))
                .stage(twoWidths("b"))
                .build());
    }

    private static Stage twoWidths(String id) {
        return new Stage(id, id, CorridorSystem.FREIGHT, null, null, null,
                List.of(new Mode("wide", 2, Money.ZERO, Map.of("crew", 2)), new Mode("narrow", 3, Money.ZERO, Map.of("crew", 1, "permits", 1))),
                List.of());
    }

    private static ModeOption mode(ScheduleProblem problem, int stage, String id) {
        return problem.stage(stage).modes().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStageTakesTheModeThatFinishesFirstWhereItComesToBePlaced() {
        var problem = twoStages(2);
        var modes = new ModeOption[] {mode(problem, 0, "narrow"), mode(problem, 1, "wide")};
        var generator = new SerialScheduleGenerator(problem);
        assertThat(generator.decode(new int[] {0, 1}, modes.clone()).makespan()).isEqualTo(5);

        var timetable = generator.decodeFittingModes(new int[] {0, 1}, modes, new boolean[] {false, true});

        assertThat(modes).extracting(ModeOption::id).containsExactly("narrow", "narrow");
        assertThat(timetable.finish()).containsExactly(3, 3);
        // The plain decode of the modes taken gives the same timetable, so a move can carry them alone.
        assertThat(generator.decode(new int[] {0, 1}, modes.clone()).finish()).containsExactly(3, 3);
    }

    @Test
    void aFasterModeThatTheStocksCannotCoverIsNotTaken() {
        var problem = twoStages(1);
        var modes = new ModeOption[] {mode(problem, 0, "narrow"), mode(problem, 1, "wide")};

        var timetable = new SerialScheduleGenerator(problem).decodeFittingModes(new int[] {0, 1}, modes,
                new boolean[] {false, true});

        assertThat(modes).extracting(ModeOption::id).containsExactly("narrow", "wide");
        assertThat(timetable.finish()).containsExactly(3, 5);
    }

    @Test
    void onlyTheStagesMarkedMayChangeTheirMode() {
        var problem = twoStages(2);
        var modes = new ModeOption[] {mode(problem, 0, "narrow"), mode(problem, 1, "wide")};

        var fitted = modes.clone();
        new SerialScheduleGenerator(problem).decodeFittingModes(new int[] {0, 1}, fitted, new boolean[] {true, false});
        assertThat(fitted).extracting(ModeOption::id).containsExactly("wide", "wide");

        var kept = modes.clone();
        new SerialScheduleGenerator(problem).decodeFittingModes(new int[] {0, 1}, kept, new boolean[] {false, false});
        assertThat(kept).extracting(ModeOption::id).containsExactly("narrow", "wide");
    }

    @Test
    void ofModesThatFinishAtOnceTheOneNeedingLessStockIsTaken() {
        var problem = ScheduleProblem.of(new Projects.Builder()
                .resource(new Resource("permits", "Permits", 5, List.of(), ResourceKind.NONRENEWABLE))
                .stage(new Stage("a", "a", CorridorSystem.FREIGHT, null, null, null,
                        List.of(new Mode("permitted", 2, Money.ZERO, Map.of("permits", 3)), new Mode("plain", 2, Money.ZERO, Map.of())),
                        List.of()))
                .build());
        var modes = new ModeOption[] {mode(problem, 0, "permitted")};

        new SerialScheduleGenerator(problem).decodeFittingModes(new int[] {0}, modes, new boolean[] {true});

        assertThat(modes).extracting(ModeOption::id).containsExactly("plain");
    }
}
