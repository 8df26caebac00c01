package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import dev.corridor.model.LinkType;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.schedule.problem.Objective;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import java.time.Duration;
import java.util.Map;
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

    @Test
    void theStopAtTheBoundLeavesTheAnnealingToCoolByTheLimitsAlone() {
        // Timefold cools simulated annealing by the most progress any termination reports; a best-score
        // limit would report the score's way to the bound, and cool it far too early.
        var config = new ScheduleSolver(ScheduleProblem.of(Projects.psplib("j30", "j301_1")))
                .config(SearchLimits.time(Duration.ofSeconds(1)));

        assertThat(config.getPhaseConfigList().get(0)).isInstanceOfSatisfying(LocalSearchPhaseConfig.class,
                phase -> assertThat(phase.getAcceptorConfig().getAcceptorTypeList())
                        .containsExactly(AcceptorType.SIMULATED_ANNEALING));
        assertThat(config.getTerminationConfig().getBestScoreLimit()).isNull();
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aPlanAsShortAsThePrecedenceLinksAllowEndsTheSearch() {
        // Room on the crew for both branches at once: the bound, 5 periods, is reachable.
        var project = twoBranchesAfterDigging(2);

        var plan = new ScheduleSolver(ScheduleProblem.of(project)).solve(SearchLimits.steps(100_000));
        Checked.assertHolds(project, plan);

        assertThat(plan.makespan()).isEqualTo(5);
        assertThat(plan.stats().moveEvaluations()).isLessThan(100_000);
    }

    @Test
    void theSearchStopsWhenItFindsAPlanOnTheBound() {
        // PSPLIB's j3011_2 has its optimum, 56, on the critical path; the LFT rule it starts from gives 63.
        var problem = ScheduleProblem.of(Projects.psplib("j30", "j3011_2"));
        assertThat(PriorityRule.latestFinishTime(problem).makespan()).isEqualTo(63);

        var plan = new ScheduleSolver(problem).solve(SearchLimits.steps(100_000));
        Checked.assertHolds(problem.project(), plan);

        assertThat(plan.makespan()).isEqualTo(56);
        assertThat(plan.stats().moveEvaluations()).isLessThan(100_000);
    }

    @Test
    void aPlanLongerThanTheBoundSearchesOnToItsLimit() {
        // One crew: the branches take turns, 8 periods against a bound of 5, and the search runs its steps.
        var project = twoBranchesAfterDigging(1);

        var plan = new ScheduleSolver(ScheduleProblem.of(project)).solve(SearchLimits.steps(300));
        Checked.assertHolds(project, plan);

        assertThat(plan.makespan()).isEqualTo(8);
        assertThat(plan.stats().moveEvaluations()).isGreaterThanOrEqualTo(300);
    }

    /** Two 3-period branches after 2 periods of digging, each needing one of {@code crews} crews. */
    private static Project twoBranchesAfterDigging(int crews) {
        return new Projects.Builder()
                .resource(new Resource("crew", crews))
                .stage("dig", 2, 0, Map.of("crew", 1))
                .stage("east", 3, 0, Map.of("crew", 1), new Predecessor("dig", LinkType.FS, 0))
                .stage("west", 3, 0, Map.of("crew", 1), new Predecessor("dig", LinkType.FS, 0))
                .build();
    }

    private static LocalSearchAcceptorConfig acceptorFor(Project project) {
        var config = new ScheduleSolver(ScheduleProblem.of(project)).config(SearchLimits.time(Duration.ofSeconds(1)));
        return ((LocalSearchPhaseConfig) config.getPhaseConfigList().get(0)).getAcceptorConfig();
    }
}
