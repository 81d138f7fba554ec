package dev.overlap.rules;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Classes read from their own bytecode only. ArchUnit by default also imports everything they refer to
 * from the classpath (AssertJ, JUnit, the JDK), which costs the grading JVM seconds per exercise and
 * adds nothing to rules that judge by names: which class is used, which method is called.
 */
public final class Bytecode {

    private Bytecode() {
    }

    public static JavaClasses in(Path folder) {
        return alone(() -> new ClassFileImporter().importPath(folder));
    }

    public static JavaClasses ofPackage(String name) {
        return alone(() -> new ClassFileImporter().importPackages(name));
    }

    /** A package's classes without test classes, for reading what they declare (annotations, methods). */
    public static JavaClasses ofMainPackage(String name) {
        return alone(() -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(name));
    }

    // The grading JVM grades one exercise at a time, so switching the global setting around an import is safe.
    private static JavaClasses alone(Supplier<JavaClasses> importer) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return importer.get();
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }
}
