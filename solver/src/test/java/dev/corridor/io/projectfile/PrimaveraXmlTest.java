package dev.corridor.io.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.PeriodUnit;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.primavera.PrimaveraPMFileWriter;

/**
 * P6 XML comes in as {@code .xml} like MSPDI; MPXJ tells the two apart. The file here is the demo
 * plan written by MPXJ's own P6 XML writer, so it carries the stage ids as user-defined fields.
 */
class PrimaveraXmlTest {

    @TempDir
    Path dir;

    @Test
    void p6XmlReadsAsADatasetWithTheSameStagesAndLinksThatSolves() throws Exception {
        var demo = Projects.dataset("demo-small.json");
        var plan = Solve.checked(demo, SolveOptions.stepLimit(50).withFinanceRounds(0));
        var file = dir.resolve("demo-p6.xml");
        new PrimaveraPMFileWriter().write(PlanWriter.toProjectFile(demo, plan), file.toString());
        assertThat(Files.readString(file)).contains("<APIBusinessObjects");

        var project = ProjectFileReader.read(file).project();

        // P6 keeps time in hours, so the months come back as days.
        assertThat(project.periodUnit()).isEqualTo(PeriodUnit.DAY);
        assertThat(project.stages()).extracting(s -> s.id() + " " + s.predecessors().stream()
                .map(p -> p.stage() + " " + p.type()).toList())
                .containsExactlyInAnyOrderElementsOf(demo.stages().stream().map(s -> s.id() + " " + s.predecessors().stream()
                        .map(p -> p.stage() + " " + p.type()).toList()).toList());
        var again = Solve.checked(project, SolveOptions.stepLimit(100));
        assertThat(again.feasible()).isTrue();
        Checked.assertHolds(project, again);
    }
}
