package dev.corridor.io.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.LinkType;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Stage;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.support.Checked;
import dev.corridor.support.Solve;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Primavera P6 sample, a takt plan for a five-level building: on each level studs, gyp, paint,
 * ceiling and floor follow each other (5, 6, 4, 7 and 5 working days), each trade moves up a level
 * when done, and one crew (Van Haren) hangs the gyp on level 1. The file's tables hold 25 TASK rows
 * (A1010 to A1250 under the WBS nodes L1 to L5), 40 TASKPRED rows (all finish-to-start without lag),
 * one RSRC row with one TASKRSRC assignment, and a five-day calendar with 27–31 December as holidays.
 */
class PrimaveraSampleTest {

    private static final Path SAMPLE = Path.of("datasets", "samples", "takt-building.xer");

    private static ImportedProject imported;

    @BeforeAll
    static void read() throws Exception {
        imported = ProjectFileReader.read(SAMPLE);
    }

    @Test
    void everyActivityBecomesAStageAndTheWbsNodesBecomeNothing() {
        var project = imported.project();

        assertThat(project.name()).isEqualTo("TAKT Building Example");
        assertThat(project.periodUnit()).isEqualTo(PeriodUnit.DAY);
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2021, 11, 30));
        assertThat(project.stages()).hasSize(25);
        assertThat(project.stages().get(0).id()).isEqualTo("A1010");
        assertThat(project.stages().get(24).id()).isEqualTo("A1250");
        assertThat(project.stages()).extracting(Stage::name).containsOnly("Studs", "Gyp", "Paint", "Ceil", "Floor");
        // Hours in the file, at eight hours a day: 40, 48, 32, 56 and 40.
        assertThat(durations(project.stages().subList(0, 5))).containsExactly(5, 6, 4, 7, 5);
    }

    @Test
    void everyRelationshipKeepsItsTypeAndLag() {
        var links = imported.project().stages().stream().flatMap(s -> s.predecessors().stream()).toList();

        assertThat(links).hasSize(40).allMatch(link -> link.type() == LinkType.FS && link.lag() == 0);
        // Gyp on level 2 follows studs on level 2 and gyp on level 1.
        assertThat(imported.project().stage("A1070").orElseThrow().predecessors())
                .containsExactlyInAnyOrder(Predecessor.finishToStart("A1060"), Predecessor.finishToStart("A1020"));
    }

    @Test
    void theCrewAndItsAssignmentBecomeAResourceAndADemand() {
        var project = imported.project();

        assertThat(project.resources()).singleElement().satisfies(resource -> {
            assertThat(resource.name()).isEqualTo("Van Haren");
            assertThat(resource.capacity()).isEqualTo(1);
        });
        var crewId = project.resources().get(0).id();
        var demanding = project.stages().stream().filter(s -> s.modes().get(0).demandFor(crewId) > 0).map(Stage::id).toList();
        assertThat(demanding).containsExactly("A1020");
    }

    @Test
    void theFiveDayWeekRepeatsFromTheStartDateAndTheHolidaysAreReported() {
        var project = imported.project();

        // 30 November 2021 is a Tuesday: offsets 0-3 are Tuesday to Friday, 4 and 5 the weekend, 6 Monday.
        assertThat(project.calendars()).singleElement().satisfies(calendar -> {
            assertThat(calendar.cycle()).isEqualTo(7);
            assertThat(calendar.open()).containsExactly(0, 1, 2, 3, 6);
        });
        assertThat(project.stages()).allMatch(s -> project.calendars().get(0).id().equals(s.calendar()));
        assertThat(imported.notes()).map(MappingNote::sentence)
                .anyMatch(note -> note.startsWith("calendar \"Standard 5 Day Workweek\": closed 2021-12-27 to 2021-12-31")
                        && note.endsWith("treated as open."));
    }

    @Test
    void theDatasetValidatesSolvesFeasiblyAndPassesTheIndependentCheck() throws Exception {
        var project = ProjectJson.parse("takt.json", JsonFiles.toJson(imported.project()));

        var plan = Solve.checked(project, SolveOptions.stepLimit(300));

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.stages()).hasSize(25);
        Checked.assertHolds(project, plan);
        // Level 1 alone takes 5 + 6 + 4 + 7 + 5 working days, and a week has five of them.
        assertThat(plan.makespan()).isGreaterThanOrEqualTo(27 * 7 / 5);
    }

    private static List<Integer> durations(List<Stage> stages) {
        return stages.stream().map(s -> s.modes().get(0).duration()).collect(Collectors.toList());
    }

}
