package dev.overlap.check;

import dev.overlap.evidence.EvidenceExtension;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A graded check: a JUnit test worth {@link #points()} points of the given {@link #kind()}.
 * Name it with {@code @DisplayName} as a sentence about the behaviour it grades.
 *
 * <p>Every check belongs to one numbered task of its exercise's README: a mistake costs the points of the task it
 * breaks, and no more. Points for how the work was done count only when that work was done: a concurrency, speedup
 * or structure check runs only after the correctness checks of its own task passed (see {@link Prerequisites}). A
 * failed check's feedback ends with its task's place in the README (see {@link TaskPointer}): hints do not repeat it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith({EvidenceExtension.class, Prerequisites.class, TaskPointer.class})
public @interface Check {
    /** The number of the README's task whose work this check grades. */
    int task();

    Kind kind();

    int points();

    /** Who sees this check's result; hidden checks still count towards the instructor's grade. */
    Visibility visibility() default Visibility.VISIBLE;

    /**
     * Methods of other checks of the same class that must pass before this one runs, beyond the correctness
     * checks of its own task that every concurrency, speedup and structure check waits for.
     */
    String[] requires() default {};
}
