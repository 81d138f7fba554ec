package dev.overlap.integrity;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.overlap.bytecode.Bytecode;
import dev.overlap.bytecode.BrokenRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Evaluates the {@link IntegrityRules} on a compiled submission and words what it broke for the learner. */
public final class Integrity {

    private static final int SHOWN_VIOLATIONS = 4;

    private Integrity() {
    }

    /** Empty when the compiled code keeps every rule; otherwise each broken rule, its reason and where. */
    public static Optional<String> broken(Path classes, boolean allowsNetwork) {
        return broken(Bytecode.in(classes), allowsNetwork);
    }

    /** The rules judge by names (which class is used, which method called), so the bytecode alone will do. */
    static Optional<String> broken(JavaClasses classes, boolean allowsNetwork) {
        List<String> broken = BrokenRule.among(IntegrityRules.forExercise(allowsNetwork), classes).stream()
                .map(rule -> rule.describe(SHOWN_VIOLATIONS)).toList();
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The code breaks " + (broken.size() == 1 ? "a rule that keeps" : broken.size()
                + " rules that keep") + " grading fair, so its checks were not run and the exercise scores zero.\n"
                + String.join("\n", broken));
    }
}
