package dev.overlap;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit holds itself to what it asks of learners: its own code is checked by ArchUnit. The packages form
 * layers, from the command down to the evidence a check records, and no package depends on itself through others.
 */
@DisplayName("The grader's own architecture")
class ArchitectureTest {

    /** The grader's layers from the top, each with its packages and the layers that may use it: none for the top. */
    private static final List<Layer> LAYERS = List.of(
            new Layer("Proof", "dev.overlap.proof.."),
            new Layer("Engine", "dev.overlap.engine..", "Proof"),
            new Layer("Isolation", "dev.overlap.isolate..", "Engine", "Proof"),
            new Layer("Reports", "dev.overlap.report..", "Engine", "Proof"),
            new Layer("Checks", "dev.overlap.checks..", "Isolation"),
            new Layer("Quiz", "dev.overlap.quiz..", "Checks"),
            new Layer("Workload", "dev.overlap.workload..", "Checks"),
            new Layer("Measurement", "dev.overlap.measure..", "Checks", "Workload", "Isolation"),
            new Layer("Rules", "dev.overlap.rules..", "Checks", "Isolation"),
            new Layer("Integrity", "dev.overlap.integrity..", "Engine", "Isolation"),
            new Layer("Bytecode", "dev.overlap.bytecode..", "Engine", "Isolation", "Integrity", "Rules"),
            new Layer("Check API", "dev.overlap.check..", "Proof", "Engine", "Isolation", "Reports", "Checks", "Quiz",
                    "Workload", "Measurement", "Rules"));

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
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : LAYERS) {
            layers = layers.layer(layer.name()).definedBy(layer.packages());
        }
        // Every layer records evidence, so the evidence has no rule of its own.
        layers = layers.layer("Evidence").definedBy("dev.overlap.evidence..");
        for (Layer layer : LAYERS) {
            layers = layer.usedBy().isEmpty() ? layers.whereLayer(layer.name()).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(layer.name()).mayOnlyBeAccessedByLayers(layer.usedBy().toArray(String[]::new));
        }
        layers.because("each layer uses only those below it: the engine runs exercises in isolation and reports"
                + " them, after the integrity gate read their bytecode; checks grade with fixtures,"
                + " measurements and the lessons' rules; everything records into the evidence. A check then"
                + " cannot reach the process that judges it, and the measurements can be tested without a"
                + " grade run")
                .check(grader);
    }

    private record Layer(String name, String packages, List<String> usedBy) {

        Layer(String name, String packages, String... usedBy) {
            this(name, packages, List.of(usedBy));
        }
    }
}
