package dev.overlap.measure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a class of checks: every check reports, in its feedback and evidence, the virtual threads that
 * were pinned to their carrier while it ran. It starts the JDK Flight Recorder in the checks' JVM,
 * which takes about a second, so it is for exercises whose submissions run on virtual threads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PinningExtension.class)
public @interface ReportsPinning {
}
