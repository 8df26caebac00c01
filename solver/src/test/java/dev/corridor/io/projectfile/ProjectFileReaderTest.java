package dev.corridor.io.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.LinkType;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceField;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/** How the reader maps what project files hold beyond plain activities and links, built in memory. */
class ProjectFileReaderTest {

    /** A Monday: with a five-day week, offsets 0-4 are Monday to Friday. */
    private static final LocalDateTime START = LocalDateTime.of(2030, 1, 7, 8, 0);

    private ProjectFile file;

    @BeforeEach
    void newFile() {
        file = new ProjectFile();
        file.getProjectProperties().setStartDate(START);
        file.setDefaultCalendar(file.addDefaultBaseCalendar());
    }

    @Test
    void summaryTasksBecomeNothingAndTheirLinksPassToTheActivitiesUnderThem() throws Exception {
        var phase = task("Foundations", 0);
        var piles = child(phase, "Piles", 3);
        var caps = child(phase, "Pile caps", 2);
        var frame = task("Frame", 5);
        link(phase, frame, RelationType.FINISH_START, 0);

        var imported = read();

        assertThat(imported.project().stages()).extracting(s -> s.name()).containsExactly("Piles", "Pile caps", "Frame");
        assertThat(stage(imported.project(), frame).predecessors()).containsExactlyInAnyOrder(
                Predecessor.finishToStart(id(piles)), Predecessor.finishToStart(id(caps)));
        assertThat(imported.notes()).map(MappingNote::sentence)
                .anyMatch(n -> n.contains("follows summary task \"Foundations\"") && n.contains("each of the 2 activities"));
    }

    @Test
    void fractionalDurationsAndPercentLagsBecomeWholeDaysRoundedUp() throws Exception {
        var dig = task("Dig", 2);
        var pour = task("Pour", 1.5);
        pour.addPredecessor(new Relation.Builder().predecessorTask(dig).type(RelationType.START_START)
                .lag(Duration.getInstance(50, TimeUnit.PERCENT)));

        var imported = read();

        var stage = stage(imported.project(), pour);
        assertThat(stage.modes().get(0).duration()).isEqualTo(2);
        assertThat(stage.predecessors()).containsExactly(new Predecessor(id(dig), LinkType.SS, 1));
        assertThat(imported.notes()).map(MappingNote::sentence)
                .anyMatch(n -> n.contains("lasts 1.5 days") && n.contains("rounded up to 2"));
        // A week with five working days from a Monday.
        assertThat(imported.project().calendars()).singleElement()
                .satisfies(calendar -> assertThat(calendar.open()).containsExactly(0, 1, 2, 3, 4));
    }

    @Test
    void aMilestoneTakesNoTimeAndLosesTheCostItCannotSpend() throws Exception {
        var handover = task("Handover", 0);
        handover.setMilestone(true);
        handover.setCost(5.0);

        var imported = read();

        var mode = stage(imported.project(), handover).modes().get(0);
        assertThat(mode.duration()).isZero();
        assertThat(mode.cost()).isEqualTo(Money.ZERO);
        assertThat(imported.notes()).map(MappingNote::sentence).anyMatch(n -> n.contains("is a milestone that costs 5"));
    }

    @Test
    void costsAreMoneyToTheThousandthAndOnlyThoseRoundedAreNoted() throws Exception {
        var survey = task("Survey", 2);
        survey.setCost(0.1);
        var piles = task("Piles", 3);
        piles.setCost(1234.5678);

        var imported = read();

        assertThat(stage(imported.project(), survey).modes().get(0).cost().thousandths()).isEqualTo(100);
        assertThat(stage(imported.project(), piles).modes().get(0).cost().thousandths()).isEqualTo(1_234_568);
        assertThat(imported.notes()).map(MappingNote::sentence).filteredOn(n -> n.contains("thousandths"))
                .singleElement().satisfies(n -> assertThat(n).contains(id(piles), "costs 1234.5678", "rounded to 1234.568"));
    }

    @Test
    void constraintsBecomeReleasesAndDeadlinesAndTheOthersAreReported() throws Exception {
        var early = task("Not before the 14th", 2);
        early.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
        early.setConstraintDate(LocalDateTime.of(2030, 1, 14, 8, 0));
        var due = task("Due on the 31st", 2);
        due.setConstraintType(ConstraintType.FINISH_NO_LATER_THAN);
        due.setConstraintDate(LocalDateTime.of(2030, 1, 31, 17, 0));
        var late = task("As late as possible", 2);
        late.setConstraintType(ConstraintType.AS_LATE_AS_POSSIBLE);
        late.setConstraintDate(LocalDateTime.of(2030, 2, 1, 8, 0));

        var imported = read();

        var project = imported.project();
        assertThat(stage(project, early).release()).isEqualTo(7);
        // Finished by the close of 31 January, day 24 from the start: done before period 25.
        assertThat(stage(project, due).deadline()).isEqualTo(25);
        assertThat(stage(project, late).release()).isNull();
        assertThat(imported.notes()).map(MappingNote::sentence)
                .anyMatch(n -> n.startsWith("activity \"" + id(late) + "\": has a as-late-as-possible constraint")
                        && n.endsWith("it is left out."));
    }

    @Test
    void anOverAllocatedResourceGetsTheCapacityItsAssignmentsNeed() throws Exception {
        var crew = file.addResource();
        crew.setName("Steel erectors");
        crew.set(ResourceField.MAX_UNITS, 100.0);
        var erect = task("Erect steel", 4);
        erect.addResourceAssignment(crew).setUnits(200.0);

        var imported = read();

        var resource = imported.project().resources().get(0);
        assertThat(resource.id()).isEqualTo("steel-erectors");
        assertThat(resource.capacity()).isEqualTo(2);
        assertThat(stage(imported.project(), erect).modes().get(0).demand()).containsEntry("steel-erectors", 2);
        assertThat(imported.notes()).map(MappingNote::sentence)
                .anyMatch(n -> n.contains("has at most 1 units, but an activity is assigned 2"));
    }

    private ImportedProject read() throws Exception {
        return ProjectFileReader.convert("test.xml", "test", file);
    }

    private Task task(String name, double days) {
        var task = file.addTask();
        return named(task, name, days);
    }

    private static Task child(Task parent, String name, double days) {
        return named(parent.addTask(), name, days);
    }

    private static Task named(Task task, String name, double days) {
        task.setName(name);
        task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        return task;
    }

    private static void link(Task before, Task after, RelationType type, int lagDays) {
        after.addPredecessor(new Relation.Builder().predecessorTask(before).type(type)
                .lag(Duration.getInstance(lagDays, TimeUnit.DAYS)));
    }

    /** Files without activity ids (MS Project's) name a stage after the task's unique id. */
    private static String id(Task task) {
        return "task-" + task.getUniqueID();
    }

    private static dev.corridor.model.Stage stage(Project project, Task task) {
        return project.stage(id(task)).orElseThrow();
    }
}
