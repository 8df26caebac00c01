package dev.corridor.schedule.problem;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corridor.model.Resource;
import dev.corridor.support.Projects;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleProblemTest {

    @Test
    void aNegativeDemandInAProjectBuiltInCodeIsRefusedByStageModeAndResource() {
        // The schema refuses it in a dataset; built in code, it would give crews back, which the
        // incremental decoder's comparison of bookings does not allow for.
        var project = new Projects.Builder()
                .resource(new Resource("crew", 2))
                .stage("dig", 2, 0, Map.of("crew", -1))
                .build();

        assertThatThrownBy(() -> ScheduleProblem.of(project))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Stage \"dig\" in mode \"standard\" demands -1 of \"crew\"")
                .hasMessageContaining("cannot be negative");
    }
}
