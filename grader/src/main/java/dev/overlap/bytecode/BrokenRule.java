package dev.overlap.bytecode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * An ArchUnit rule that imported classes broke, with ArchUnit's line for each violation. The integrity gate and the
 * structure checks both judge code this way and word what it broke alike: the rule as a sentence, its reason, and
 * where.
 *
 * @param rule       the rule, whose description is the sentence and its reason
 * @param violations where the classes broke it, one line each
 */
public record BrokenRule(ArchRule rule, List<String> violations) {

    public BrokenRule {
        violations = List.copyOf(violations);
    }

    /** The rules of {@code rules} that {@code classes} break, in the order given; empty when they keep them all. */
    public static List<BrokenRule> among(List<ArchRule> rules, JavaClasses classes) {
        List<BrokenRule> broken = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                broken.add(new BrokenRule(rule, result.getFailureReport().getDetails()));
            }
        }
        return broken;
    }

    /** "Rule broken: " and the rule, its first {@code shown} violations a line each, and how many more there are. */
    public String describe(int shown) {
        StringBuilder text = new StringBuilder("Rule broken: ").append(rule.getDescription()).append('.');
        violations.stream().limit(shown).forEach(line -> text.append("\n  - ").append(line));
        if (violations.size() > shown) {
            text.append("\n  ... and ").append(violations.size() - shown).append(" more");
        }
        return text.toString();
    }
}
