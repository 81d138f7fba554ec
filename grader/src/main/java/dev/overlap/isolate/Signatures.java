package dev.overlap.isolate;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Before a submission runs, finds every class, method, constructor and field of the exercise that
 * the checks use, and names the ones the submission no longer has: a changed signature is reported
 * as such, not as a crash in the middle of a check.
 */
public final class Signatures {

    private static final List<String> KIT_AND_LIBRARIES = List.of("java.", "javax.", "jdk.", "sun.", "dev.overlap.",
            "org.junit.", "org.assertj.", "org.awaitility.", "com.tngtech.", "com.fasterxml.", "org.opentest4j.",
            "org.apiguardian.", "net.bytebuddy.", "picocli.");

    private Signatures() {
    }

    /** The members the checks need and the submission lacks, described as a learner reads them. */
    public static List<String> missing(String checkClass, Path submissionClasses) {
        String checkPackage = checkClass.substring(0, checkClass.lastIndexOf('.'));
        JavaClasses checks = new ClassFileImporter().importPackages(checkPackage);
        JavaClasses submission = new ClassFileImporter().importPath(submissionClasses);
        Set<String> missing = new TreeSet<>();
        for (JavaClass check : checks) {
            for (JavaAccess<?> access : check.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                String owner = target.getOwner().getName();
                if (isExerciseClass(owner)) {
                    describeIfMissing(target, submission).ifPresent(missing::add);
                }
            }
        }
        return List.copyOf(missing);
    }

    private static boolean isExerciseClass(String name) {
        return KIT_AND_LIBRARIES.stream().noneMatch(name::startsWith) && !name.startsWith("[");
    }

    private static Optional<String> describeIfMissing(AccessTarget target, JavaClasses submission) {
        String owner = target.getOwner().getName();
        if (!submission.contain(owner)) {
            return Optional.of("class " + owner);
        }
        JavaClass javaClass = submission.get(owner);
        if (target instanceof AccessTarget.FieldAccessTarget field) {
            return javaClass.getAllFields().stream().anyMatch(f -> f.getName().equals(field.getName()))
                    ? Optional.empty() : Optional.of("field " + owner + "." + field.getName());
        }
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
            return Optional.empty();
        }
        String parameters = names(codeUnit.getRawParameterTypes());
        boolean present = codeUnit.getName().equals("<init>")
                ? javaClass.getConstructors().stream()
                        .anyMatch(c -> names(c.getRawParameterTypes()).equals(parameters))
                : javaClass.getAllMethods().stream()
                        .anyMatch(m -> m.getName().equals(codeUnit.getName())
                                && names(m.getRawParameterTypes()).equals(parameters)
                                && m.getRawReturnType().getName().equals(codeUnit.getRawReturnType().getName()));
        return present ? Optional.empty() : Optional.of(describe(codeUnit));
    }

    private static String describe(AccessTarget.CodeUnitAccessTarget target) {
        String parameters = "(" + names(target.getRawParameterTypes()) + ")";
        return target.getName().equals("<init>")
                ? "constructor " + target.getOwner().getName() + parameters
                : "method " + target.getRawReturnType().getName() + " " + target.getOwner().getName() + "."
                        + target.getName() + parameters;
    }

    private static String names(List<JavaClass> types) {
        return types.stream().map(JavaClass::getName).collect(Collectors.joining(", "));
    }
}
