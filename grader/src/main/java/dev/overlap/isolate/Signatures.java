package dev.overlap.isolate;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.overlap.rules.Bytecode;
import dev.overlap.rules.KitPackages;
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

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private Signatures() {
    }

    /** The members the checks need and the submission lacks, described as a learner reads them. */
    public static List<String> missing(String checkClass, Path submissionClasses) {
        String checkPackage = checkClass.substring(0, checkClass.lastIndexOf('.'));
        // What the checks call is read from their own bytecode; the submission's classes are resolved in full,
        // so that methods they inherit from the JDK count as present.
        JavaClasses checks = Bytecode.ofPackage(checkPackage);
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
        return JDK.stream().noneMatch(name::startsWith) && !KitPackages.contains(name) && !name.startsWith("[");
    }

    private static Optional<String> describeIfMissing(AccessTarget target, JavaClasses submission) {
        String owner = target.getOwner().getName();
        if (!submission.contain(owner)) {
            return Optional.of("class " + owner);
        }
        JavaClass javaClass = submission.get(owner);
        // The checks live in another package, so everything they use must stay public.
        if (!javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
            return Optional.of("class " + owner + " (no longer public)");
        }
        if (target instanceof AccessTarget.FieldAccessTarget field) {
            String described = "field " + owner + "." + field.getName();
            Optional<JavaField> found = javaClass.getAllFields().stream()
                    .filter(f -> f.getName().equals(field.getName())).findFirst();
            if (found.isEmpty()) {
                return Optional.of(described);
            }
            return found.get().getModifiers().contains(JavaModifier.PUBLIC) ? Optional.empty()
                    : Optional.of(described + " (no longer public)");
        }
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
            return Optional.empty();
        }
        String parameters = names(codeUnit.getRawParameterTypes());
        Optional<? extends JavaCodeUnit> present = codeUnit.getName().equals("<init>")
                ? javaClass.getConstructors().stream()
                        .filter(c -> names(c.getRawParameterTypes()).equals(parameters)).findFirst()
                : javaClass.getAllMethods().stream()
                        .filter(m -> m.getName().equals(codeUnit.getName())
                                && names(m.getRawParameterTypes()).equals(parameters)
                                && m.getRawReturnType().getName().equals(codeUnit.getRawReturnType().getName()))
                        .findFirst();
        if (present.isEmpty()) {
            return Optional.of(describe(codeUnit));
        }
        return present.get().getModifiers().contains(JavaModifier.PUBLIC) ? Optional.empty()
                : Optional.of(describe(codeUnit) + " (no longer public)");
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
