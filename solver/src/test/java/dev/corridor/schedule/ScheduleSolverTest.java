package dev.corridor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import dev.corridor.SolveOptions;
import dev.corridor.model.Project;
import dev.corridor.support.Projects;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScheduleSolverTest {

    @Test
    void makespanAsTheWholeScoreIsSearchedBySimulatedAnnealingFromOnePeriod() {
        var acceptor = acceptorFor(Projects.psplib("j30", "j301_1"));

        assertThat(acceptor.getAcceptorTypeList()).containsExactly(AcceptorType.SIMULATED_ANNEALING);
        assertThat(acceptor.getSimulatedAnnealingStartingTemperature()).isEqualTo("0hard/1medium/0soft");
    }

    @Test
    void makespanWithCostsKeepsDiversifiedLateAcceptance() {
        // The soft level (what the spend costs) would freeze at a temperature of zero.
        var project = Projects.dataset("demo-small.json");
        assertThat(ScheduleProblem.of(project).objective()).isEqualTo(Objective.MAKESPAN);

        assertThat(acceptorFor(project).getAcceptorTypeList()).containsExactly(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE);
    }

    @Test
    void netPresentValueKeepsDiversifiedLateAcceptance() {
        var project = Projects.dataset("bering-strait.json");
        assertThat(ScheduleProblem.of(project).objective()).isEqualTo(Objective.NET_PRESENT_VALUE);

        var acceptor = acceptorFor(project);

        assertThat(acceptor.getAcceptorTypeList()).containsExactly(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE);
        assertThat(acceptor.getLateAcceptanceSize()).isEqualTo(3);
    }

    private static LocalSearchAcceptorConfig acceptorFor(Project project) {
        var config = new ScheduleSolver(ScheduleProblem.of(project)).config(SolveOptions.timeLimit(Duration.ofSeconds(1)));
        return ((LocalSearchPhaseConfig) config.getPhaseConfigList().get(0)).getAcceptorConfig();
    }
}
