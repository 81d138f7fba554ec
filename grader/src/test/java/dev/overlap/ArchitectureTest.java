package dev.overlap;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit holds itself to what it asks of learners: its own code is checked by ArchUnit. The packages form
 * layers, from the command down to the evidence a check records, and no package depends on itself through others.
 */
@DisplayName("The grader's own architecture")
class ArchitectureTest {

    private static JavaClasses grader;

    @BeforeAll
    static void importTheGrader() {
        grader = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.overlap");
    }

    @Test
    @DisplayName("no package depends on itself through other packages")
    void packagesAreFreeOfCycles() {
        slices().matching("dev.overlap.(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one, which neither can be read, tested nor changed without the"
                        + " other")
                .check(grader);
    }

    @Test
    @DisplayName("the packages form layers: engine, isolation and reports, checks, the fixtures and measurements,"
            + " the check API")
    void packagesFormLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Proof").definedBy("dev.overlap.proof..")
                .layer("Engine").definedBy("dev.overlap.engine..")
                .layer("Isolation").definedBy("dev.overlap.isolate..")
                .layer("Reports").definedBy("dev.overlap.report..")
                .layer("Checks").definedBy("dev.overlap.checks..")
                .layer("Quiz").definedBy("dev.overlap.quiz..")
                .layer("Workload").definedBy("dev.overlap.workload..")
                .layer("Measurement").definedBy("dev.overlap.measure..")
                .layer("Rules").definedBy("dev.overlap.rules..")
                .layer("Integrity").definedBy("dev.overlap.integrity..")
                .layer("Bytecode").definedBy("dev.overlap.bytecode..")
                .layer("Check API").definedBy("dev.overlap.check..")
                .layer("Evidence").definedBy("dev.overlap.evidence..")

                .whereLayer("Proof").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Proof")
                .whereLayer("Isolation").mayOnlyBeAccessedByLayers("Engine", "Proof")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Engine", "Proof")
                .whereLayer("Checks").mayOnlyBeAccessedByLayers("Isolation")
                .whereLayer("Quiz").mayOnlyBeAccessedByLayers("Checks")
                .whereLayer("Workload").mayOnlyBeAccessedByLayers("Checks")
                .whereLayer("Measurement").mayOnlyBeAccessedByLayers("Checks", "Workload", "Isolation")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Checks", "Isolation")
                .whereLayer("Integrity").mayOnlyBeAccessedByLayers("Engine", "Isolation")
                .whereLayer("Bytecode").mayOnlyBeAccessedByLayers("Engine", "Isolation", "Integrity", "Rules")
                .whereLayer("Check API").mayOnlyBeAccessedByLayers("Proof", "Engine", "Isolation", "Reports",
                        "Checks", "Quiz", "Workload", "Measurement", "Rules")
                .because("each layer uses only those below it: the engine runs exercises in isolation and reports"
                        + " them, after the integrity gate read their bytecode; checks grade with fixtures,"
                        + " measurements and the lessons' rules; everything records into the evidence. A check then"
                        + " cannot reach the process that judges it, and the measurements can be tested without a"
                        + " grade run")
                .check(grader);
    }
}
