package dev.overlap.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.rules.Bytecode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;

/**
 * The exercises the kit grades: every {@code @Exercise} class under {@code dev.overlap.checks}.
 * The classes are read from their bytecode, not loaded, because they refer to exercise classes that
 * only exist in a checks JVM, next to a submission.
 */
public final class Catalog {

    public static final String CHECKS_PACKAGE = "dev.overlap.checks";

    private final List<ExerciseSpec> exercises;

    private Catalog(List<ExerciseSpec> exercises) {
        this.exercises = exercises;
    }

    public static Catalog load() {
        // Annotations and their values are in the check classes' own bytecode; importing everything they refer to
        // as well (JUnit, AssertJ, the JDK) took the grading JVM seconds before it graded anything.
        List<ExerciseSpec> found = Bytecode.ofMainPackage(CHECKS_PACKAGE).stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Exercise.class))
                .map(Catalog::spec)
                .sorted(Comparator.comparing(ExerciseSpec::id))
                .toList();
        return new Catalog(found);
    }

    public List<ExerciseSpec> exercises() {
        return exercises;
    }

    public Optional<ExerciseSpec> find(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    private static ExerciseSpec spec(JavaClass javaClass) {
        Exercise exercise = javaClass.getAnnotationOfType(Exercise.class);
        List<CheckSpec> checks = javaClass.getMethods().stream()
                .filter(method -> method.isAnnotatedWith(Check.class))
                .sorted(Comparator.comparingInt(method -> method.getSourceCodeLocation().getLineNumber()))
                .map(Catalog::check)
                .toList();
        requirePrerequisitesExist(javaClass, checks);
        return new ExerciseSpec(exercise.id(), displayName(javaClass.tryGetAnnotationOfType(DisplayName.class),
                exercise.id()), javaClass.getName(), Duration.ofSeconds(exercise.timeoutSeconds()),
                exercise.heapMegabytes(), exercise.maxPlatformThreads(), exercise.allowsNetwork(), checks);
    }

    /** A misspelt prerequisite would silently never hold a check back; it is a mistake in the checks. */
    private static void requirePrerequisitesExist(JavaClass javaClass, List<CheckSpec> checks) {
        for (JavaMethod method : javaClass.getMethods()) {
            if (!method.isAnnotatedWith(Check.class)) {
                continue;
            }
            for (String required : method.getAnnotationOfType(Check.class).requires()) {
                if (checks.stream().noneMatch(check -> check.method().equals(required))
                        || required.equals(method.getName())) {
                    throw new IllegalStateException(javaClass.getSimpleName() + "." + method.getName()
                            + " requires \"" + required + "\", which is not another check of the class.");
                }
            }
        }
    }

    private static CheckSpec check(JavaMethod method) {
        Check check = method.getAnnotationOfType(Check.class);
        return new CheckSpec(method.getName(),
                displayName(method.tryGetAnnotationOfType(DisplayName.class), method.getName()),
                check.kind(), check.points(), check.visibility());
    }

    private static String displayName(Optional<DisplayName> annotation, String fallback) {
        return annotation.map(DisplayName::value).orElse(fallback);
    }
}
