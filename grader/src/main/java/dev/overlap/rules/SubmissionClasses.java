package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The submission's compiled classes, as ArchUnit sees them. In a grading JVM they are imported
 * from the folder the grader compiled them into; in a check run from the IDE, from the classpath.
 */
public final class SubmissionClasses {

    /** Set by the grading JVM's launcher; absent when checks run in an IDE. */
    public static final String LOCATION_PROPERTY = "overlap.submission.classes";

    private static volatile Optional<Path> pinned;

    private SubmissionClasses() {
    }

    /**
     * Reads the location once, before any submission code runs in this JVM, so that the code cannot
     * point the structure checks at other classes by changing the property later.
     */
    public static void pinLocation() {
        pinned = fromProperty();
    }

    public static JavaClasses in(String... packages) {
        Optional<Path> location = pinned != null ? pinned : fromProperty();
        return location.map(path -> new ClassFileImporter().importPath(path))
                .orElseGet(() -> new ClassFileImporter().importPackages(packages));
    }

    private static Optional<Path> fromProperty() {
        return Optional.ofNullable(System.getProperty(LOCATION_PROPERTY)).map(Path::of);
    }
}
