package dev.corridor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.SolveOptions;
import dev.corridor.model.LinkType;
import dev.corridor.model.io.JsonFiles;
import dev.corridor.model.io.ProjectJson;
import dev.corridor.support.Checked;
import dev.corridor.support.Solve;
import org.junit.jupiter.api.Test;

class SyntheticCorridorTest {

    @Test
    void generatedDatasetPassesValidationAfterARoundTripThroughJson() throws Exception {
        var project = SyntheticCorridor.generate(300, 7);

        var reread = ProjectJson.parse("generated", JsonFiles.toJson(project));

        assertThat(reread).isEqualTo(project);
        assertThat(project.stages()).hasSize(300);
    }

    @Test
    void everyFeatureOfTheFormatIsUsed() {
        var project = SyntheticCorridor.generate(400, 3);

        assertThat(project.stages().stream().flatMap(s -> s.predecessors().stream()).map(p -> p.type()).distinct())
                .containsExactlyInAnyOrder(LinkType.values());
        assertThat(project.stages()).anyMatch(s -> s.calendar() != null).anyMatch(s -> s.modes().size() > 1)
                .anyMatch(s -> s.release() != null);
        assertThat(project.resources()).allMatch(r -> !r.capacityChanges().isEmpty());
        assertThat(project.budgetCaps()).isNotEmpty();
        assertThat(project.tranches()).isNotEmpty();
    }

    @Test
    void sameSizeAndSeedGiveTheSameProjectAndAnotherSeedAnother() {
        assertThat(SyntheticCorridor.generate(120, 5)).isEqualTo(SyntheticCorridor.generate(120, 5));
        assertThat(SyntheticCorridor.generate(120, 5)).isNotEqualTo(SyntheticCorridor.generate(120, 6));
    }

    @Test
    void generatedProjectGetsAFeasiblePlan() {
        var project = SyntheticCorridor.generate(60, 11);

        var plan = Solve.checked(project, SolveOptions.stepLimit(300).withFinanceRounds(0));

        Checked.assertHolds(project, plan);
        assertThat(plan.scheduleFeasible()).isTrue();
    }

    @Test
    void aCorridorWhoseTranchesOpenLateIsStillFunded() {
        // Seed 20 draws dear loans and late openings: with tranches of 1.4 times the cost, as first
        // generated, its plan was short of money.
        var project = SyntheticCorridor.generate(300, 20);

        var plan = Solve.checked(project, SolveOptions.stepLimit(100));

        Checked.assertHolds(project, plan);
        assertThat(plan.finance().funded()).isTrue();
    }
}
