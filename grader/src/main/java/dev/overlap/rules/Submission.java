package dev.overlap.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ClassesTransformer;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.lang.syntax.elements.GivenObjects;
import java.util.List;
import java.util.stream.Stream;

/**
 * The submission as one whole, for rules about what it does somewhere rather than in every class:
 * "the submission should start virtual threads" holds when any of its classes does.
 */
public record Submission(JavaClasses classes) {

    private static final ClassesTransformer<Submission> WHOLE =
            new AbstractClassesTransformer<>("the submission") {
                @Override
                public Iterable<Submission> doTransform(JavaClasses classes) {
                    return List.of(new Submission(classes));
                }
            };

    /** Starts a rule about the submission as a whole: {@code theSubmission().should(...).because(...)}. */
    public static GivenObjects<Submission> theSubmission() {
        return ArchRuleDefinition.all(WHOLE);
    }

    public Stream<JavaMethodCall> methodCalls() {
        return classes.stream().flatMap(javaClass -> javaClass.getMethodCallsFromSelf().stream());
    }

    /**
     * Every method the submission calls or refers to: {@code Thread::startVirtualThread} handed to an executor starts
     * virtual threads as surely as calling it does.
     */
    public Stream<JavaCodeUnitAccess<?>> methodsUsed() {
        return classes.stream().flatMap(javaClass -> Stream.concat(javaClass.getMethodCallsFromSelf().stream(),
                javaClass.getMethodReferencesFromSelf().stream()));
    }

    /** Every constructor the submission calls or refers to ({@code Semaphore::new} included). */
    public Stream<JavaCodeUnitAccess<?>> constructorsUsed() {
        return classes.stream().flatMap(javaClass -> Stream.concat(javaClass.getConstructorCallsFromSelf().stream(),
                javaClass.getConstructorReferencesFromSelf().stream()));
    }

    /** Evaluates a rule on these classes; see {@link RuleAssert} for the learner's message. */
    public static void check(ArchRule rule, JavaClasses classes) {
        RuleAssert.assertThat(rule).holdsFor(classes);
    }
}
