package dev.corridor.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corridor.model.Finance;
import dev.corridor.model.Money;
import dev.corridor.model.PeriodUnit;
import dev.corridor.model.Project;
import dev.corridor.model.Tranche;
import dev.corridor.model.TrancheKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.ExpressionsBasedModel;

/**
 * ojAlgo keeps its presolvers in a JVM-wide static. A library must not change what other code in
 * the same JVM gets: the financing LP uses an environment of its own.
 */
class OjalgoSettingsTest {

    @Test
    void financingLeavesTheJvmWidePresolversAsItFoundThem() throws Exception {
        var before = globalPresolvers();
        assertThat(before).as("ojAlgo's defaults are in force to begin with").isNotEmpty();

        var loan = new Tranche("loan", "US", TrancheKind.LOAN, Money.rounded(100), 0, 3, 0.1, 0.01, 0.005);
        var project = new Project(Project.SCHEMA_VERSION, "presolve", PeriodUnit.MONTH, null, 3, "USD", "million",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(loan), new Finance(0.05, Money.rounded(1), Map.of()));
        Financier.finance(project, List.of(Money.rounded(5), Money.rounded(5), Money.rounded(5)));

        assertThat(globalPresolvers()).isEqualTo(before);
    }

    /** A copy of the global presolver set; ojAlgo has no public getter for it. */
    private static List<Object> globalPresolvers() throws ReflectiveOperationException {
        var environmentField = ExpressionsBasedModel.class.getDeclaredField("ENVIRONMENT");
        environmentField.setAccessible(true);
        var environment = environmentField.get(null);
        var presolversField = environment.getClass().getDeclaredField("myPresolvers");
        presolversField.setAccessible(true);
        return new ArrayList<>((Collection<?>) presolversField.get(environment));
    }
}
