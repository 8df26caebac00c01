package dev.corridor.io.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.Project;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.Plan;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dataset → plan → MSPDI → dataset. A stage may have several modes but a project file holds one
 * way to do each task, so the export writes the mode the plan chose, and the dataset read back has
 * that mode alone: its duration, cost and demand must come back unchanged.
 */
class MspdiRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo-small.json", "bering-strait.json"})
    void roundTripThroughMspdiKeepsStagesLinksDurationsAndResourcesOfTheChosenModes(String name) throws Exception {
        var project = Projects.dataset(name);
        var plan = Solve.checked(project, SolveOptions.stepLimit(50).withFinanceRounds(0));
        var file = dir.resolve("plan.xml");

        PlanWriter.write(project, plan, file);
        var back = ProjectFileReader.read(file);

        var read = back.project();
        assertThat(read.periodUnit()).isEqualTo(project.periodUnit());
        assertThat(read.startDate()).isEqualTo(project.startDate());
        assertThat(ids(read)).isEqualTo(ids(project));
        assertThat(links(read)).isEqualTo(links(project));
        assertThat(chosenModes(read, null)).isEqualTo(chosenModes(project, plan));
        assertThat(resources(read)).isEqualTo(resources(project));
        for (var stage : project.stages()) {
            var again = read.stage(stage.id()).orElseThrow();
            assertThat(again.name()).isEqualTo(stage.name());
            assertThat(again.system()).isEqualTo(stage.system());
            assertThat(calendar(read, again)).as("calendar of %s", stage.id()).isEqualTo(calendar(project, stage));
            assertThat(again.release()).as("release of %s", stage.id()).isEqualTo(stage.release() == null || stage.release() == 0 ? null : stage.release());
            assertThat(again.deadline()).as("deadline of %s", stage.id()).isEqualTo(stage.deadline());
        }
        assertThat(back.notes()).isEmpty();
    }

    /**
     * A resource without its name: MS Project allows no commas in resource names, so they come
     * back as semicolons.
     */
    private static java.util.List<String> resources(Project project) {
        return project.resources().stream()
                .map(r -> r.id() + " " + r.kind() + " " + r.capacity() + " " + r.capacityChanges()).toList();
    }

    /**
     * A stage's calendar by its open periods: a project file has no place for a calendar's id, so
     * it comes back made from the name, which MS Project cuts to 51 characters.
     */
    private static String calendar(Project project, Stage stage) {
        return stage.calendar() == null ? null : project.calendar(stage.calendar())
                .map(c -> c.cycle() + " " + new java.util.TreeSet<>(c.open())).orElseThrow();
    }

    private static java.util.List<String> ids(Project project) {
        return project.stages().stream().map(Stage::id).toList();
    }

    private static Map<String, String> links(Project project) {
        return project.stages().stream().collect(Collectors.toMap(Stage::id, s -> s.predecessors().toString(),
                (a, b) -> a, TreeMap::new));
    }

    /** Each stage's mode as the plan chose it (or, for a dataset read back from a file, its only mode). */
    private static Map<String, String> chosenModes(Project project, Plan plan) {
        var modes = new TreeMap<String, String>();
        for (var stage : project.stages()) {
            var mode = plan == null ? stage.modes().get(0)
                    : stage.mode(plan.stages().stream().filter(s -> s.id().equals(stage.id())).findFirst().orElseThrow().mode());
            modes.put(stage.id(), mode.toString());
        }
        return modes;
    }
}
