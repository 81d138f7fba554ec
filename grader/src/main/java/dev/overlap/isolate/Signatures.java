package dev.overlap.isolate;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.overlap.bytecode.Bytecode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Before a submission runs, compares it with what the checks need of the starter's API: every class, method,
 * constructor and field of the exercise that the checks use, and every enum they use, which must have exactly the
 * starter's constants in the starter's order ({@link ExerciseEnums}). A changed signature is reported as such,
 * not as a crash in the middle of a check, nor as answers that an enum of aliases makes look right.
 */
public final class Signatures {

    private Signatures() {
    }

    /** What the submission changed of what the checks need, described as a learner reads it, or nothing. */
    public static Optional<String> changes(String checkClass, Path submissionClasses) {
        // What the checks use is read from their own bytecode.
        JavaClasses checks = Bytecode.ofPackage(checkClass.substring(0, checkClass.lastIndexOf('.')));
        List<String> missing = missing(checks, submissionClasses);
        List<String> enums = changedEnums(checks, submissionClasses);
        List<String> sentences = new ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add("The checks call " + String.join(", ", missing) + ", which the code no longer has. Keep"
                    + " the names and signatures of the starter's public classes and methods; add new ones beside"
                    + " them if you need to.");
        }
        if (!enums.isEmpty()) {
            sentences.addAll(enums);
            sentences.add("Keep each enum of the starter as it is: exactly its constants, in its order, and no others.");
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /** The members the checks need and the submission lacks. */
    private static List<String> missing(JavaClasses checks, Path submissionClasses) {
        // Resolved in full, so that methods the submission's classes inherit from the JDK count as present.
        JavaClasses submission = Bytecode.resolvedIn(submissionClasses);
        Set<String> missing = new TreeSet<>();
        for (JavaClass check : checks) {
            for (JavaAccess<?> access : check.getAccessesFromSelf()) {
                AccessTarget target = access.getTarget();
                if (ExerciseClasses.contains(target.getOwner().getName())) {
                    describeIfMissing(target, submission).ifPresent(missing::add);
                }
            }
        }
        return List.copyOf(missing);
    }

    /** The enums the checks use whose constants differ from the starter's, one sentence each. */
    private static List<String> changedEnums(JavaClasses checks, Path submissionClasses) {
        List<String> changed = new ArrayList<>();
        for (String name : ExerciseClasses.usedBy(checks)) {
            ExerciseEnums.of(name).flatMap(starter -> EnumChanges.describe(name, starter, submissionClasses))
                    .ifPresent(changed::add);
        }
        return changed;
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
