package dev.overlap.integrity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.overlap.bytecode.Bytecode;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> broken = new ArrayList<>();
        for (ArchRule rule : IntegrityRules.forExercise(allowsNetwork)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                broken.add(describe(rule, result.getFailureReport().getDetails()));
            }
        }
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The code breaks " + (broken.size() == 1 ? "a rule that keeps" : broken.size()
                + " rules that keep") + " grading fair, so its checks were not run and the exercise scores zero.\n"
                + String.join("\n", broken));
    }

    private static String describe(ArchRule rule, List<String> violations) {
        StringBuilder text = new StringBuilder("Rule broken: ").append(rule.getDescription()).append('.');
        violations.stream().limit(SHOWN_VIOLATIONS).forEach(line -> text.append("\n  - ").append(line));
        if (violations.size() > SHOWN_VIOLATIONS) {
            text.append("\n  ... and ").append(violations.size() - SHOWN_VIOLATIONS).append(" more");
        }
        return text.toString();
    }
}
