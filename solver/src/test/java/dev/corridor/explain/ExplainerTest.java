package dev.corridor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.CorridorSystem;
import dev.corridor.model.LinkType;
import dev.corridor.model.Mode;
import dev.corridor.model.Money;
import dev.corridor.model.Predecessor;
import dev.corridor.model.Project;
import dev.corridor.model.Resource;
import dev.corridor.model.Stage;
import dev.corridor.model.plan.ChainLink;
import dev.corridor.model.plan.Hold;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.support.Checked;
import dev.corridor.support.Projects;
import dev.corridor.support.Solve;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    private static Plan solve(Project project) {
        return Solve.checked(project, SolveOptions.stepLimit(200));
    }

    private static List<Hold> holds(Plan plan) {
        return plan.explanation().criticalChain().stream().map(ChainLink::heldBy).toList();
    }

    private static StagePlan stage(Plan plan, String id) {
        return plan.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aChainOfLinksIsHeldByEachPredecessor() {
        var project = new Projects.Builder()
                .stage("dig", 3, 1, Map.of())
                .stage("line", 2, 1, Map.of(), new Predecessor("dig", LinkType.FS, 1))
                .stage("power", 4, 1, Map.of(), new Predecessor("line", LinkType.SS, 1))
                .build();
        var plan = solve(project);

        var chain = plan.explanation().criticalChain();
        assertThat(chain).extracting(ChainLink::stage).containsExactly("dig", "line", "power");
        assertThat(holds(plan)).containsExactly(Hold.PROJECT_START, Hold.PREDECESSOR, Hold.PREDECESSOR);
        assertThat(chain.get(1).after()).isEqualTo("dig");
        assertThat(chain.get(1).detail()).contains("follows dig (FS, lag 1)");
        assertThat(chain.get(2).after()).isEqualTo("line");
    }

    @Test
    void aStageWaitingForACrewIsHeldByTheStageThatHasIt() {
        var project = new Projects.Builder()
                .resource(new Resource("crew", 1))
                .stage("north", 3, 1, Map.of("crew", 1))
                .stage("south", 2, 1, Map.of("crew", 1))
                .build();
        var plan = solve(project);

        var chain = plan.explanation().criticalChain();
        assertThat(holds(plan)).containsExactly(Hold.PROJECT_START, Hold.RESOURCE);
        assertThat(chain.get(1).resource()).isEqualTo("crew");
        assertThat(chain.get(1).after()).isEqualTo(chain.get(0).stage());
        assertThat(chain.get(1).detail()).contains("holds it until");
    }

    @Test
    void aStageOnASummerCalendarWaitsForItsSeason() {
        var project = new Projects.Builder()
                .calendar("summer", 12, 5, 6, 7, 8)
                .stage(new Stage("track", "Track laying", CorridorSystem.FREIGHT, "summer", null, null,
                        List.of(new Mode("standard", 2, Money.rounded(1), Map.of())), List.of()))
                .build();
        var plan = solve(project);

        var link = plan.explanation().criticalChain().get(0);
        assertThat(link.heldBy()).isEqualTo(Hold.SEASON);
        assertThat(link.calendar()).isEqualTo("summer");
        assertThat(link.start()).isEqualTo(5);
        assertThat(plan.calendars()).extracting(c -> c.id()).containsExactly("summer");
        assertThat(stage(plan, "track").calendar()).isEqualTo("summer");
    }

    @Test
    void aStagePushedOutOfAFullBudgetYearIsHeldByTheCap() {
        var project = new Projects.Builder()
                .cap(0, 12, 10)
                .stage("first", 1, 8, Map.of())
                .stage("second", 1, 8, Map.of(), new Predecessor("first", LinkType.FS, 0))
                .build();
        var plan = solve(project);

        assertThat(stage(plan, "second").start()).isEqualTo(12);
        assertThat(holds(plan)).containsExactly(Hold.PROJECT_START, Hold.BUDGET);
        assertThat(plan.explanation().criticalChain().get(1).detail()).contains("overspend the budget cap");
    }

    @Test
    void aReleasedStageStartsNoEarlierThanItsRelease() {
        var project = new Projects.Builder()
                .stage(new Stage("late", "Late", CorridorSystem.DATA, null, 7, null,
                        List.of(new Mode("standard", 2, Money.rounded(1), Map.of())), List.of()))
                .build();
        assertThat(holds(solve(project))).containsExactly(Hold.RELEASE);
    }

    @Test
    void freeSlackCountsHowFarAStageCanSlipWithoutMovingTheEnd() {
        var project = new Projects.Builder()
                .stage("long", 6, 1, Map.of())
                .stage("short", 2, 1, Map.of())
                .stage("follow", 1, 1, Map.of(), new Predecessor("short", LinkType.FS, 0))
                .build();
        var plan = solve(project);

        assertThat(plan.makespan()).isEqualTo(6);
        assertThat(stage(plan, "long").slack()).isZero();
        assertThat(stage(plan, "follow").slack()).isEqualTo(3);
        // "short" cannot slip at all: "follow" starts the moment it ends.
        assertThat(stage(plan, "short").slack()).isZero();
        assertThat(plan.explanation().isCritical("long")).isTrue();
        assertThat(plan.explanation().isCritical("short")).isFalse();
    }

    @Test
    void slippingAnyBeringStageByItsSlackKeepsThePlanValidAndItsEnd() {
        var project = Projects.dataset("bering-strait.json");
        var plan = Solve.checked(project, SolveOptions.stepLimit(50).withFinanceRounds(0));
        Checked.assertHolds(project, plan);

        int checked = 0;
        for (var stage : plan.stages()) {
            if (stage.slack() == 0) {
                continue;
            }
            var slipped = slip(project, plan, stage, stage.slack());
            Checked.assertRulesHold(project, slipped);
            assertThat(slipped.stages().stream().mapToInt(StagePlan::finish).max().orElseThrow()).isEqualTo(plan.makespan());
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
        // A predecessor that holds the next stage of the chain cannot slip without pushing it.
        var chain = plan.explanation().criticalChain();
        for (var link : chain) {
            if (link.heldBy() == Hold.PREDECESSOR) {
                assertThat(stage(plan, link.after()).slack()).as(link.after()).isZero();
            }
        }
        var last = chain.get(chain.size() - 1);
        assertThat(last.finish()).isEqualTo(plan.makespan());
        assertThat(stage(plan, last.stage()).slack()).isZero();
    }

    private static Plan slip(Project project, Plan plan, StagePlan moved, int by) {
        var calendar = moved.calendar() == null ? null : project.calendar(moved.calendar()).orElseThrow();
        var mode = project.stage(moved.id()).orElseThrow().modes().stream().filter(m -> m.id().equals(moved.mode()))
                .findFirst().orElseThrow();
        int start = moved.start() + by;
        int finish = start;
        for (int worked = 0; worked < mode.duration(); finish++) {
            if (calendar == null || calendar.isOpen(finish)) {
                worked++;
            }
        }
        var stages = new ArrayList<StagePlan>();
        for (var stage : plan.stages()) {
            stages.add(stage != moved ? stage : new StagePlan(stage.id(), stage.name(), stage.system(), stage.mode(), start,
                    finish, null, null, stage.cost(), stage.calendar(), null));
        }
        return plan.toBuilder().explanation(stages, plan.calendars(), plan.explanation()).build();
    }
}
