package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.overlap.check.Evidence;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Checks an ArchUnit rule and fails with the rule as a sentence, its reason and each violation. */
public final class RuleAssert extends AbstractAssert<RuleAssert, ArchRule> {

    private static final int SHOWN_VIOLATIONS = 5;

    private RuleAssert(ArchRule rule) {
        super(rule, RuleAssert.class);
    }

    public static RuleAssert assertThat(ArchRule rule) {
        return new RuleAssert(rule);
    }

    public RuleAssert holdsFor(JavaClasses classes) {
        EvaluationResult result = actual.evaluate(classes);
        List<String> violations = result.getFailureReport().getDetails();
        Evidence.record("rule", actual.getDescription());
        Evidence.record("violations", violations.size());
        if (result.hasViolation()) {
            StringBuilder message = new StringBuilder("Rule broken: ").append(actual.getDescription()).append('.');
            violations.stream().limit(SHOWN_VIOLATIONS).forEach(line -> message.append("\n  - ").append(line));
            if (violations.size() > SHOWN_VIOLATIONS) {
                message.append("\n  ... and ").append(violations.size() - SHOWN_VIOLATIONS).append(" more");
            }
            failWithMessage("%s", message);
        }
        return this;
    }
}
