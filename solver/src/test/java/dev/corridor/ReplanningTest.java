package dev.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corridor.check.PlanCheck;
import dev.corridor.check.Rule;
import dev.corridor.check.Violation;
import dev.corridor.model.Project;
import dev.corridor.model.io.InvalidInputException;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.PlanJson;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.model.plan.Plan;
import dev.corridor.model.plan.StagePlan;
import dev.corridor.model.plan.StageStatus;
import dev.corridor.support.Solve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-planning from a data date, as a monthly update does: the demo crossing at period 9 with two
 * stages finished and three in progress. History stays where it happened, in the mode it ran in;
 * the rest of the work is planned from the data date; and the independent checker, which reads the
 * progress from the dataset itself, confirms every plan and rejects one that rewrites history.
 */
class ReplanningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATA_DATE = 9;

    private static Project update;
    private static Plan plan;

    @BeforeAll
    static void solveTheUpdate() throws Exception {
        update = progressed(root -> {
            actual(root, "survey").put("start", 0).put("finish", 3);
            actual(root, "permits").put("start", 3).put("finish", 7);
            actual(root, "camp").put("start", 7);
            actual(root, "portal").put("start", 7).put("remaining", 2);
            // Its accelerated mode would finish sooner; it started in the standard one, and stays in it.
            actual(root, "power-line").put("start", 7).put("mode", "standard");
        });
        plan = Solve.checked(update, SolveOptions.stepLimit(200).withFinanceRounds(0));
    }

    @Test
    void finishedStagesKeepTheirActualDatesAndMode() {
        assertThat(stage(plan, "survey")).satisfies(s -> {
            assertThat(s.status()).isEqualTo(StageStatus.COMPLETE);
            assertThat(List.of(s.start(), s.finish())).containsExactly(0, 3);
        });
        assertThat(stage(plan, "permits")).satisfies(s -> {
            assertThat(s.status()).isEqualTo(StageStatus.COMPLETE);
            assertThat(List.of(s.start(), s.finish())).containsExactly(3, 7);
        });
        assertThat(plan.dataDate()).isEqualTo(DATA_DATE);
    }

    @Test
    void startedStagesKeepTheirStartAndModeAndFinishTheirRemainingWorkFromTheDataDate() {
        for (var id : List.of("camp", "portal", "power-line")) {
            var stage = stage(plan, id);
            assertThat(stage.status()).as(id).isEqualTo(StageStatus.IN_PROGRESS);
            assertThat(stage.start()).as(id).isEqualTo(7);
            assertThat(stage.resume()).as(id).isGreaterThanOrEqualTo(DATA_DATE);
            assertThat(stage.finish()).as(id).isGreaterThan(DATA_DATE);
        }
        assertThat(stage(plan, "power-line").mode()).isEqualTo("standard");
        // Portal has 2 worked periods left, as recorded: it resumes and works them unbroken (no calendar).
        var portal = stage(plan, "portal");
        assertThat(portal.finish() - portal.resume()).isEqualTo(2);
        // Power line works in summer (May to September): 2 periods done by the data date, 3 to go next summer.
        var line = stage(plan, "power-line");
        assertThat(line.resume()).isEqualTo(16);
        assertThat(line.finish()).isEqualTo(19);
    }

    @Test
    void nothingElseStartsBeforeTheDataDate() {
        assertThat(plan.stages()).filteredOn(s -> s.status() == StageStatus.NOT_STARTED).isNotEmpty()
                .allSatisfy(s -> assertThat(s.start()).as(s.id()).isGreaterThanOrEqualTo(DATA_DATE));
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void theFinancingFundsOnlyWhatIsLeftWhileTheValueCountsWhatWasSpent() {
        var finance = plan.finance();
        assertThat(finance.funded()).isTrue();
        assertThat(finance.draws()).isNotEmpty().allSatisfy(draw -> assertThat(draw.period()).isGreaterThanOrEqualTo(DATA_DATE));
        // History spent money before the data date; the plan's spend and value still count it.
        var spentBefore = plan.spend().subList(0, DATA_DATE).stream().mapToLong(m -> m.thousandths()).sum();
        assertThat(spentBefore).isPositive();
        var drawn = finance.draws().stream().mapToLong(d -> d.amount().thousandths()).sum();
        var spentAfter = plan.spend().subList(DATA_DATE, plan.spend().size()).stream().mapToLong(m -> m.thousandths()).sum();
        assertThat(drawn).as("draws cover what is left, not what was spent").isLessThan(spentBefore + spentAfter);
    }

    @Test
    void theSameSeedAndStepLimitGiveTheSameReplan() {
        var again = Solve.checked(update, SolveOptions.stepLimit(200).withFinanceRounds(0));
        assertThat(PlanJson.toJson(again.toBuilder().stats(null).build()))
                .isEqualTo(PlanJson.toJson(plan.toBuilder().stats(null).build()));
    }

    @Test
    void retainedLogicHoldsTheRestOfAStageStartedOutOfSequenceUntilItsPredecessorFinishes() throws Exception {
        // The tunnel drive started before its portal (its FS predecessor), which has not started.
        var retained = Solve.checked(outOfSequence(null), SolveOptions.stepLimit(100).withFinanceRounds(0));
        var portal = stage(retained, "portal");
        assertThat(portal.status()).isEqualTo(StageStatus.NOT_STARTED);
        assertThat(stage(retained, "tunnel-bore").resume()).isGreaterThanOrEqualTo(portal.finish());

        var override = Solve.checked(outOfSequence("PROGRESS_OVERRIDE"),
                SolveOptions.stepLimit(100).withFinanceRounds(0));
        var drive = stage(override, "tunnel-bore");
        assertThat(drive.resume()).as("the drive goes on at the data date").isEqualTo(DATA_DATE);
        assertThat(drive.resume()).isLessThan(stage(override, "portal").finish());
    }

    @Test
    void theCheckerRejectsAPlanThatRewritesHistoryOrPlansBeforeTheDataDate() throws Exception {
        assertThat(violations(p -> stageNode(p, "permits").put("start", 4).put("finish", 8)))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject())).containsExactly(Rule.PROGRESS, "permits"));
        assertThat(violations(p -> stageNode(p, "portal").put("resume", 8).put("finish", 10)))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject(), v.period()))
                        .containsExactly(Rule.PROGRESS, "portal", 8));
        // A resume before the stage's own start (a sign flipped by hand) is named, not a crash.
        assertThat(violations(p -> stageNode(p, "portal").put("resume", -9)))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject(), v.period()))
                        .containsExactly(Rule.PROGRESS, "portal", -9));
        var flipped = (ObjectNode) JSON.readTree(PlanJson.toJson(plan));
        stageNode(flipped, "portal").put("resume", -9);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> PlanJson.parse("update.plan.json", JSON.writeValueAsString(flipped)));
        assertThat(refused.describe()).contains(".resume", "resumes after its start");
        assertThat(violations(p -> stageNode(p, "portal").remove("resume")))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject())).containsExactly(Rule.PROGRESS, "portal"));
        assertThat(violations(p -> stageNode(p, "power-line").put("mode", "accelerated").put("finish", 17)))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject())).containsExactly(Rule.PROGRESS, "power-line"));
        assertThat(violations(p -> {
            var draw = (ObjectNode) p.get("finance").get("draws").get(0);
            draw.put("period", DATA_DATE - 1);
        })).anySatisfy(v -> assertThat(List.of(v.rule(), v.period())).containsExactly(Rule.DRAW_WINDOW, DATA_DATE - 1));
        assertThat(violations(p -> stageNode(p, "survey").put("status", "NOT_STARTED")))
                .anySatisfy(v -> assertThat(List.of(v.rule(), v.subject())).containsExactly(Rule.PROGRESS, "survey"));
        var notStarted = plan.stages().stream().filter(s -> s.status() == StageStatus.NOT_STARTED)
                .filter(s -> s.calendar() == null).findFirst().orElseThrow();
        int early = notStarted.start() - (DATA_DATE - 1);
        assertThat(violations(p -> {
            var node = stageNode(p, notStarted.id());
            node.put("start", DATA_DATE - 1).put("finish", notStarted.finish() - early);
        })).anySatisfy(v -> assertThat(List.of(v.rule(), v.subject(), v.period()))
                .containsExactly(Rule.PROGRESS, notStarted.id(), DATA_DATE - 1));
    }

    @Test
    void theCheckerHoldsRetainedLogicToTheRestOfAStageStartedOutOfSequence() throws Exception {
        var project = outOfSequence(null);
        var retained = Solve.checked(project, SolveOptions.stepLimit(100).withFinanceRounds(0));
        var drive = stage(retained, "tunnel-bore");
        var planNode = (ObjectNode) JSON.readTree(PlanJson.toJson(retained));
        int length = drive.finish() - drive.resume();
        stageNode(planNode, "tunnel-bore").put("resume", DATA_DATE).put("finish", DATA_DATE + length);
        var verdict = PlanCheck.check("update.json", JsonFiles.toJson(project), "update.plan.json",
                JSON.writeValueAsString(planNode));
        assertThat(verdict.violations()).anySatisfy(v -> assertThat(List.of(v.rule(), v.subject(), v.period()))
                .containsExactly(Rule.LINK, "portal -> tunnel-bore", DATA_DATE));
    }

    @Test
    void theShippedBeringUpdateKeepsItsHistoryAndFinishesTheSlippedDriveLater() throws Exception {
        var bering = dev.corridor.support.Projects.dataset("bering-strait-update-2036-01.json");
        var replan = Solve.checked(bering, SolveOptions.stepLimit(50).withFinanceRounds(0));
        assertThat(replan.dataDate()).isEqualTo(96);
        for (var stage : bering.stages()) {
            var planned = stage(replan, stage.id());
            var actual = stage.actual();
            if (actual == null) {
                assertThat(planned.start()).as(stage.id()).isGreaterThanOrEqualTo(96);
            } else {
                assertThat(planned.start()).as(stage.id()).isEqualTo(actual.start());
                if (actual.hasFinished()) {
                    assertThat(planned.finish()).as(stage.id()).isEqualTo(actual.finish());
                }
            }
        }
        // The drive slipped: 19 months still to bore from January 2036, no earlier than the data date.
        var drive = stage(replan, "tunnel-bore-us-wales-north-1");
        assertThat(drive.status()).isEqualTo(StageStatus.IN_PROGRESS);
        assertThat(drive.finish() - drive.resume()).isEqualTo(19);
        assertThat(replan.finance().draws()).allSatisfy(draw -> assertThat(draw.period()).isGreaterThanOrEqualTo(96));
    }

    @Test
    void aReplanAgainstABaselineRecordsItAndScoresEveryPeriodAStageNotStartedMovesFromIt() throws Exception {
        // The baseline: the demo planned from its start; then progress at period 9, re-planned against it.
        var baseline = Solve.checked(progressed(root -> root.remove("dataDate")), SolveOptions.stepLimit(200).withFinanceRounds(0));
        var replan = Planner.replan(update, baseline, SolveOptions.stepLimit(200).withFinanceRounds(0), SolveControl.none());
        dev.corridor.support.Checked.assertTruthful(update, replan);

        long moved = 0;
        for (var stage : replan.stages()) {
            var before = stage(baseline, stage.id());
            assertThat(stage.baselineStart()).as(stage.id()).isEqualTo(before.start());
            assertThat(stage.baselineFinish()).as(stage.id()).isEqualTo(before.finish());
            if (stage.status() == StageStatus.NOT_STARTED) {
                moved += Math.abs(stage.start() - before.start());
            }
        }
        long penalty = replan.constraints().stream().filter(c -> c.name().equals("Baseline movement"))
                .mapToLong(c -> c.penalty()).sum();
        assertThat(penalty).as("the soft score counts the periods moved").isEqualTo(moved);
        // explain says why the ones that moved most are where they are now.
        var explained = replan.explanation().moved();
        assertThat(explained.isEmpty()).isEqualTo(moved == 0);
        assertThat(explained).allSatisfy(link -> {
            var stage = stage(replan, link.stage());
            assertThat(stage.status()).isEqualTo(StageStatus.NOT_STARTED);
            assertThat(stage.start()).isNotEqualTo(stage.baselineStart());
            assertThat(link.detail()).isNotBlank();
        });
        assertThat(explained).extracting(link -> Math.abs(stage(replan, link.stage()).start()
                - stage(replan, link.stage()).baselineStart())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theReportDrawsTheDataDateTheHistoryAndTheBaselineAndListsWhatMovedMost() {
        var baseline = Solve.checked(progressedWithout(), SolveOptions.stepLimit(200).withFinanceRounds(0));
        var replan = Planner.replan(update, baseline, SolveOptions.stepLimit(200).withFinanceRounds(0), SolveControl.none());
        var page = Reports.html(replan);
        assertThat(page).contains("class=\"data-date\"", "bar sys-", " history\"", "class=\"baseline-bar\"",
                "history, before the data date 2028-10", "<h2>Against the baseline</h2>");
        long moved = replan.stages().stream().filter(stage -> stage.finish() != stage.baselineFinish()).count();
        assertThat(page.contains("<table class=\"moved\">")).isEqualTo(moved > 0);

        var fresh = Reports.html(baseline);
        assertThat(fresh).doesNotContain("class=\"data-date\"", "class=\"baseline-bar\"", "Against the baseline");
    }

    private static Project progressedWithout() {
        try {
            return progressed(root -> root.remove("dataDate"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBaselineOfAnotherDatasetIsRefused() {
        var other = Solve.checked(dev.corridor.support.Projects.psplib("j30", "j301_1"), SolveOptions.stepLimit(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Planner.replan(update, other,
                        SolveOptions.stepLimit(10).withFinanceRounds(0), SolveControl.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline has no stage");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(ExportFormat.class)
    void aReplanExportedToAProjectFileImportsBackWithTheSameActualsAndDates(ExportFormat format,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var file = dir.resolve("update." + (format == ExportFormat.XER ? "xer" : "xml"));
        Reports.export(update, plan, file, format);
        var back = Datasets.read(file);

        assertThat(back.dateOf(back.dataDate())).isEqualTo(update.dateOf(DATA_DATE));
        for (var stage : plan.stages()) {
            var imported = back.stage(stage.id()).orElseThrow().actual();
            if (stage.status() == StageStatus.NOT_STARTED) {
                assertThat(imported).as(stage.id()).isNull();
                continue;
            }
            assertThat(back.dateOf(imported.start())).as(stage.id()).isEqualTo(update.dateOf(stage.start()));
            if (stage.status() == StageStatus.COMPLETE) {
                assertThat(back.dateOf(imported.finish())).as(stage.id()).isEqualTo(update.dateOf(stage.finish()));
            } else {
                assertThat(imported.hasFinished()).as(stage.id()).isFalse();
            }
        }
    }

    private static List<Violation> violations(Consumer<ObjectNode> change) throws Exception {
        var planNode = (ObjectNode) JSON.readTree(PlanJson.toJson(plan));
        change.accept(planNode);
        return PlanCheck.check("update.json", JsonFiles.toJson(update), "update.plan.json",
                JSON.writeValueAsString(planNode)).violations();
    }

    /**
     * The demo at period 9: permits done, the tunnel drive started before its portal. Without budget
     * caps, so that money does not hold the drive back whichever rule applies.
     */
    private static Project outOfSequence(String rule) throws Exception {
        return progressed(root -> {
            root.remove("budgetCaps");
            if (rule != null) {
                root.put("outOfSequence", rule);
            }
            actual(root, "survey").put("start", 0).put("finish", 3);
            actual(root, "permits").put("start", 3).put("finish", 7);
            actual(root, "tunnel-bore").put("start", 7).put("mode", "standard");
        });
    }

    private static Project progressed(Consumer<ObjectNode> progress) throws Exception {
        var root = (ObjectNode) JSON.readTree(Files.readString(Path.of("datasets", "demo-small.json")));
        root.put("dataDate", DATA_DATE);
        progress.accept(root);
        try {
            return ProjectJson.parse("update.json", JSON.writeValueAsString(root));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    private static ObjectNode actual(ObjectNode root, String id) {
        return stageNode(root, id).putObject("actual");
    }

    private static ObjectNode stageNode(ObjectNode root, String id) {
        for (var stage : root.get("stages")) {
            if (stage.get("id").asText().equals(id)) {
                return (ObjectNode) stage;
            }
        }
        throw new AssertionError("no stage " + id);
    }

    private static StagePlan stage(Plan plan, String id) {
        return plan.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
