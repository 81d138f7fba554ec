package dev.overlap.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A graded check: a JUnit test worth {@link #points()} points of the given {@link #kind()}.
 * Name it with {@code @DisplayName} as a sentence about the behaviour it grades.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@ExtendWith({EvidenceExtension.class, PinningExtension.class})
public @interface Check {
    Kind kind();

    int points();
}
