package dev.corridor.schedule.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dev.corridor.io.DatasetFiles;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.ResourceKind;
import dev.corridor.model.Stage;
import dev.corridor.schedule.problem.Objective;
import dev.corridor.schedule.problem.ScheduleProblem;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    void stockBoundPlansJudgedByTheirMakespanAreOfferedTheBestOfSeveralTrades() throws Exception {
        var project = DatasetFiles.read(Path.of("datasets", "psplib", "j30mm", "j3010_1.mm"));

        var config = new ScheduleSolver(ScheduleProblem.of(project))
                .config(SearchLimits.time(Duration.ofSeconds(1)));

        assertThat(tradeFactories(config)).containsExactly(TimefoldMoves.TradeModesJudged.class);
    }

    @Test
    void stockBoundPlansWithCostsAreOfferedTradesOneAtATime() {
        // The decode cannot judge what a trade costs: the score alone can.
        var project = new Projects.Builder()
                .resource(new Resource("permits", "Permits", 10, List.of(), ResourceKind.NONRENEWABLE))
                .stage(twoSpeeds("a"))
                .stage(twoSpeeds("b", Predecessor.finishToStart("a")))
                .build();

        var config = new ScheduleSolver(ScheduleProblem.of(project)).config(SearchLimits.time(Duration.ofSeconds(1)));

        assertThat(tradeFactories(config)).containsExactly(TimefoldMoves.TradeModes.class);
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

    private static Stage twoSpeeds(String id, Predecessor... after) {
        return new Stage(id, id, CorridorSystem.FREIGHT, null, null, null,
                List.of(new Mode("fast", 2, Money.ofThousandths(5_000), Map.of("permits", 10)),
                        new Mode("slow", 5, Money.ofThousandths(3_000), Map.of())), List.of(after));
    }

    /** The move factories of the search that offer mode trades, judged or not. */
    private static List<Class<?>> tradeFactories(SolverConfig config) {
        var phase = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(0);
        var union = (UnionMoveSelectorConfig) phase.getMoveSelectorConfig();
        return union.getMoveSelectorList().stream()
                .filter(MoveIteratorFactoryConfig.class::isInstance)
                .<Class<?>>map(selector -> ((MoveIteratorFactoryConfig) selector).getMoveIteratorFactoryClass())
                .filter(factory -> factory == TimefoldMoves.TradeModes.class || factory == TimefoldMoves.TradeModesJudged.class)
                .toList();
    }

    private static LocalSearchAcceptorConfig acceptorFor(Project project) {
        var config = new ScheduleSolver(ScheduleProblem.of(project)).config(SearchLimits.time(Duration.ofSeconds(1)));
        return ((LocalSearchPhaseConfig) config.getPhaseConfigList().get(0)).getAcceptorConfig();
    }
}
