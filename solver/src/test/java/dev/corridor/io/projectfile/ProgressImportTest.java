package dev.corridor.io.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.StageStatus;
import dev.corridor.support.Solve;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mpxj.Duration;
import org.mpxj.Task;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.reader.UniversalProjectReader;
import org.mpxj.writer.ProjectWriter;

/**
 * A progressed update from P6 or MS Project plans the rest from its data date. The shipped P6 sample
 * (a takt-planned building) is given progress with MPXJ as a scheduler records it (activities done
 * with their actual dates, one under way with its remaining duration, a status date between them)
 * and written as XER, P6 XML and MSPDI; each reads back as a dataset with that progress and plans
 * with the finished activities where they were, the running one from its actual start and the rest
 * from the data date, every plan confirmed by the independent checker.
 */
class ProgressImportTest {

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("xer", new PrimaveraXERFileWriter()), Arguments.of("p6.xml", new PrimaveraPMFileWriter()),
                Arguments.of("xml", new MSPDIWriter()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aProgressedUpdatePlansTheRestFromItsDataDate(String extension, ProjectWriter writer) throws Exception {
        var file = new UniversalProjectReader().read(Path.of("datasets", "samples", "takt-building.xer").toFile());
        var activities = file.getTasks().stream().filter(t -> !t.hasChildTasks() && t.getStart() != null)
                .sorted(Comparator.comparing(Task::getStart)).toList();
        // Six activities done, the seventh under way with half its work left, the status date in between.
        var running = activities.get(6);
        var lastFinish = activities.subList(0, 6).stream().map(Task::getFinish).max(Comparator.naturalOrder()).orElseThrow();
        var after = lastFinish.toLocalDate().plusDays(1).atStartOfDay();
        var status = running.getStart().toLocalDate().plusDays(1).atStartOfDay();
        status = status.isAfter(after) ? status : after;
        for (var task : activities.subList(0, 6)) {
            record(task, task.getStart(), task.getFinish());
        }
        record(running, running.getStart(), null);
        file.getProjectProperties().setStatusDate(status);
        var path = dir.resolve("update." + extension);
        writer.write(file, path.toString());

        var imported = ProjectFileReader.read(path);
        var project = imported.project();
        assertThat(project.dataDate()).as("the data date").isNotNull().isPositive();
        long finished = project.stages().stream().filter(s -> s.actual() != null && s.actual().hasFinished()).count();
        long started = project.stages().stream().filter(s -> s.actual() != null && !s.actual().hasFinished()).count();
        assertThat(finished).isEqualTo(6);
        assertThat(started).isEqualTo(1);
        assertThat(imported.notes()).noneSatisfy(note -> assertThat(note.toString()).contains("plans from the start"));

        var plan = Solve.checked(project, SolveOptions.stepLimit(100).withFinanceRounds(0));
        int dataDate = project.dataDate();
        for (var stage : project.stages()) {
            var planned = stage(plan, stage.id());
            var actual = stage.actual();
            if (actual == null) {
                assertThat(planned.status()).isEqualTo(StageStatus.NOT_STARTED);
                assertThat(planned.start()).as(stage.id()).isGreaterThanOrEqualTo(dataDate);
            } else if (actual.hasFinished()) {
                assertThat(planned.start()).as(stage.id()).isEqualTo(actual.start());
                assertThat(planned.finish()).as(stage.id()).isEqualTo(actual.finish());
            } else {
                assertThat(planned.start()).as(stage.id()).isEqualTo(actual.start());
                assertThat(planned.finish()).as(stage.id()).isGreaterThan(dataDate);
            }
        }
        assertThat(plan.makespan()).isGreaterThan(dataDate);
        assertThat(plan.feasible()).isTrue();
    }

    /** Progress as a scheduler records it: actual dates, and the work left (none once finished). */
    private static void record(Task task, LocalDateTime start, LocalDateTime finish) {
        task.setActualStart(start);
        var duration = task.getDuration();
        if (finish != null) {
            task.setActualFinish(finish);
            task.setPercentageComplete(100);
            task.setRemainingDuration(Duration.getInstance(0, duration.getUnits()));
            task.setActualDuration(duration);
        } else {
            task.setPercentageComplete(50);
            task.setRemainingDuration(Duration.getInstance(duration.getDuration() / 2, duration.getUnits()));
            task.setActualDuration(Duration.getInstance(duration.getDuration() / 2, duration.getUnits()));
        }
    }

    private static StagePlan stage(Plan plan, String id) {
        return plan.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
