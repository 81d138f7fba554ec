package dev.overlap.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Prerequisites;
import dev.overlap.bytecode.Bytecode;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<JavaMethod> methods = javaClass.getMethods().stream()
                .filter(method -> method.isAnnotatedWith(Check.class))
                .sorted(Comparator.comparingInt(method -> method.getSourceCodeLocation().getLineNumber()))
                .toList();
        Map<String, Check> annotations = new LinkedHashMap<>();
        methods.stream().sorted(Comparator.comparing(JavaMethod::getName))
                .forEach(method -> annotations.put(method.getName(), method.getAnnotationOfType(Check.class)));
        requirePrerequisitesExist(javaClass, annotations);
        List<CheckSpec> checks = methods.stream().map(method -> check(method, annotations)).toList();
        return new ExerciseSpec(exercise.id(), displayName(javaClass.tryGetAnnotationOfType(DisplayName.class),
                exercise.id()), javaClass.getName(), Duration.ofSeconds(exercise.timeoutSeconds()),
                exercise.heapMegabytes(), exercise.maxPlatformThreads(), exercise.allowsNetwork(),
                exercise.gradesCpuWork(), checks);
    }

    /** A misspelt prerequisite would silently never hold a check back; it is a mistake in the checks. */
    private static void requirePrerequisitesExist(JavaClass javaClass, Map<String, Check> checks) {
        checks.forEach((name, check) -> {
            for (String required : check.requires()) {
                if (!checks.containsKey(required) || required.equals(name)) {
                    throw new IllegalStateException(javaClass.getSimpleName() + "." + name + " requires \""
                            + required + "\", which is not another check of the class.");
                }
            }
        });
    }

    private static CheckSpec check(JavaMethod method, Map<String, Check> checksOfClass) {
        Check check = method.getAnnotationOfType(Check.class);
        return new CheckSpec(method.getName(),
                displayName(method.tryGetAnnotationOfType(DisplayName.class), method.getName()), check.task(),
                check.kind(), check.points(), check.visibility(),
                List.copyOf(Prerequisites.of(method.getName(), checksOfClass)));
    }

    private static String displayName(Optional<DisplayName> annotation, String fallback) {
        return annotation.map(DisplayName::value).orElse(fallback);
    }
}
