package dev.overlap.bytecode;

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

    private static final Object IMPORTING = new Object();

    private Bytecode() {
    }

    public static JavaClasses in(Path folder) {
        return importing(false, () -> new ClassFileImporter().importPath(folder));
    }

    /**
     * A folder's classes together with what they extend and implement, read from the classpath: what a class
     * inherits (an enum's {@code name()} from {@link Enum}) then counts among its members.
     */
    public static JavaClasses resolvedIn(Path folder) {
        return importing(true, () -> new ClassFileImporter().importPath(folder));
    }

    public static JavaClasses ofPackage(String name) {
        return importing(false, () -> new ClassFileImporter().importPackages(name));
    }

    /** A package's classes without test classes, for reading what they declare (annotations, methods). */
    public static JavaClasses ofMainPackage(String name) {
        return importing(false, () -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(name));
    }

    /**
     * ArchUnit reads whether to resolve from a setting of the whole JVM, so each import sets it, imports and puts it
     * back while holding one lock: two exercises graded at once (as the kit's corpora are) never see each other's.
     */
    private static JavaClasses importing(boolean resolve, Supplier<JavaClasses> importer) {
        synchronized (IMPORTING) {
            ArchConfiguration configuration = ArchConfiguration.get();
            boolean before = configuration.resolveMissingDependenciesFromClassPath();
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
            try {
                return importer.get();
            } finally {
                configuration.setResolveMissingDependenciesFromClassPath(before);
            }
        }
    }
}
