package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.overlap.bytecode.BrokenRule;
import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a structure check's ArchUnit rules, all of them, and fails once with every rule that was broken: the
 * rule as a sentence, its reason and each violation. A learner who broke two rules reads about both at once,
 * not about the second only after fixing the first. A hint, when the check gives one, follows the list on a line of its
 * own.
 *
 * <pre>{@code RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
 *         LimitRules.THE_SUBMISSION_LIMITS_REQUESTS_WITH_A_SEMAPHORE).holdsFor(SubmissionClasses.in("animals"));}</pre>
 */
public final class RuleAssert extends CheckAssert<RuleAssert, List<ArchRule>> {

    private static final int SHOWN_VIOLATIONS = 5;

    private RuleAssert(List<ArchRule> rules) {
        super(rules, RuleAssert.class);
    }

    /** The rules of one structure check, evaluated together by {@link #holdsFor(JavaClasses)}. */
    public static RuleAssert assertThat(ArchRule... rules) {
        return assertThat(List.of(rules));
    }

    /** A named set of rules, such as {@link ThreadRules#A_VIRTUAL_THREAD_PER_TASK}, evaluated together. */
    public static RuleAssert assertThat(List<ArchRule> rules) {
        return new RuleAssert(rules);
    }

    public RuleAssert holdsFor(JavaClasses classes) {
        List<String> broken = new ArrayList<>();
        int violations = 0;
        for (BrokenRule rule : BrokenRule.among(actual, classes)) {
            violations += rule.violations().size();
            broken.add(rule.describe(SHOWN_VIOLATIONS));
        }
        Evidence.record("rules", actual.size());
        Evidence.record("rules_broken", broken.size());
        Evidence.record("violations", violations);
        if (broken.size() == 1) {
            failWithMessage("%s%s", broken.getFirst(), hintOnItsOwnLine());
        } else if (!broken.isEmpty()) {
            StringBuilder message = new StringBuilder().append(broken.size()).append(" of ").append(actual.size())
                    .append(" rules broken:");
            for (int i = 0; i < broken.size(); i++) {
                message.append("\n").append(i + 1).append(". ").append(broken.get(i));
            }
            failWithMessage("%s%s", message, hintOnItsOwnLine());
        }
        return this;
    }
}
