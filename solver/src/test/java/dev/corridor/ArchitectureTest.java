package dev.corridor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages keep the architecture docs/ARCHITECTURE.md draws: no package depends on another that
 * depends back on it; the command line talks to the facade at the root (and to the model's records
 * and the independent checker) and to nothing behind it; the compiled problem and the decoder know
 * nothing of Timefold; nothing below the root reaches up to it; Timefold's implementation packages
 * are used by one adapter only, and its APIs deprecated for removal by that adapter and the
 * decode listeners.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.corridor");
    }

    @Test
    void noPackageDependsOnOneThatDependsBackOnIt() {
        slices().matching("dev.corridor.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCommandLineTalksToTheFacadeOnly() {
        noClasses().that().resideInAPackage("dev.corridor.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.corridor.schedule..", "dev.corridor.finance..", "dev.corridor.explain..",
                        "dev.corridor.io..", "dev.corridor.report..", "dev.corridor.generate..", "ai.timefold..",
                        "org.ojalgo..", "net.sf.mpxj..")
                .because("the command line is a client of the library's facade (Planner, Datasets, Reports)")
                .check(classes);
    }

    @Test
    void theProblemAndTheDecoderKnowNothingOfTimefold() {
        noClasses().that().resideInAnyPackage("dev.corridor.schedule.problem..", "dev.corridor.schedule.decode..")
                .should().dependOnClassesThat().resideInAPackage("ai.timefold..")
                .because("a problem and a decoder callable without the solver are what re-planning and risk build on")
                .check(classes);
    }

    @Test
    void nothingBelowTheFacadeReachesUpToIt() {
        noClasses().that().resideOutsideOfPackages("dev.corridor", "dev.corridor.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.corridor")
                .check(classes);
    }

    @Test
    void onlyTheMoveAdapterUsesTimefoldsImplementation() {
        noClasses().that().resideInAPackage("dev.corridor..")
                .and().haveNameNotMatching("dev\\.corridor\\.schedule\\.search\\.TimefoldMoves(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("ai.timefold.solver.core.impl..")
                .because("Timefold may move its implementation classes in any release: one file absorbs that")
                .check(classes);
    }

    @Test
    void onlyTheAdapterAndTheDecodeListenersUseTimefoldApisDeprecatedForRemoval() {
        noClasses().that().resideInAPackage("dev.corridor..")
                .and().haveNameNotMatching("dev\\.corridor\\.schedule\\.search\\.TimefoldMoves(\\$.*)?")
                .and().haveNameNotMatching("dev\\.corridor\\.schedule\\.Redecoder(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "ai.timefold.solver.core.api.domain.variable.VariableListener")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "ai.timefold.solver.core.api.domain.variable.ListVariableListener")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove")
                .check(classes);
    }
}
