package dev.corridor.schedule.decode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.io.DatasetFiles;
import dev.corridor.schedule.problem.ModeOption;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Projects;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecodesTest {

    private final ScheduleProblem problem = ScheduleProblem.of(Projects.psplib("j30", "j301_1"));
    private final ModeOption[] modes = problem.stages().stream().map(stage -> stage.modes().get(0))
            .toArray(ModeOption[]::new);

    @Test
    void givesTheJustifiedDecodeOfTheListAndModes() {
        var order = IntStream.range(0, problem.stageCount()).toArray();

        var remembered = new Decodes(problem).of(order, modes);
        var fresh = new JustifiedDecoder(problem);

        assertThat(remembered.timetable()).usingRecursiveComparison().isEqualTo(fresh.decode(order, modes));
        assertThat(remembered.order()).containsExactly(fresh.justify(order, modes).order());
    }

    @Test
    void aListDecodedOneOrTwoCallsAgoIsNotDecodedAgain() {
        var decodes = new Decodes(problem);
        var order = IntStream.range(0, problem.stageCount()).toArray();
        var other = order.clone();
        int swap = other[1];
        other[1] = other[2];
        other[2] = swap;

        var first = decodes.of(order, modes);
        var second = decodes.of(other, modes);

        assertThat(decodes.of(order.clone(), modes)).isSameAs(first);
        assertThat(decodes.of(other.clone(), modes)).isSameAs(second);
        assertThat(decodes.of(other, modes.clone())).isSameAs(second);
    }

    @Test
    void aJudgedMoveIsServedWhenDoneWithoutTakingThePlaceOfTheLatestDecodes() throws Exception {
        var multiMode = ScheduleProblem.of(DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm")));
        var decodes = new Decodes(multiMode);
        var order = IntStream.range(0, multiMode.stageCount()).toArray();
        var first = multiMode.stages().stream().map(stage -> stage.modes().get(0)).toArray(ModeOption[]::new);
        var current = decodes.of(order, first);
        var traded = first.clone();
        traded[1] = multiMode.stage(1).modes().get(1);

        var judged = decodes.judge(order, traded).justified();

        assertThat(judged.timetable()).usingRecursiveComparison()
                .isEqualTo(new JustifiedDecoder(multiMode).decode(order, traded));
        assertThat(decodes.of(order.clone(), first)).as("judging leaves the plan's decode in place").isSameAs(current);
        decodes.expect(order, traded, judged);
        assertThat(decodes.of(order.clone(), traded.clone())).as("the judged decode, not a new one").isSameAs(judged);
        assertThat(decodes.of(order.clone(), first)).isSameAs(current);
    }
}
