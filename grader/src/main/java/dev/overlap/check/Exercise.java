package dev.overlap.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of checks as the grading of one exercise. The class lives in
 * {@code dev.overlap.checks.<name>} and is named {@code ...Checks}; the grader finds it there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Exercise {
    /** The exercise's folder name, for example {@code 01-three-tasks}. */
    String id();

    /** Wall-clock limit for all checks of the exercise together, JVM start included. */
    int timeoutSeconds() default 90;

    /** Heap of the JVM that runs the checks. */
    int heapMegabytes() default 512;

    /** Most platform threads the exercise may have alive at once; virtual threads do not count. */
    int maxPlatformThreads() default 64;

    /**
     * Whether the submission may open sockets: an HTTP client to the kit's loopback service, a server
     * socket in a web-server exercise. Without it, any use of the network scores zero before the checks run.
     */
    boolean allowsNetwork() default false;

    /**
     * Whether a check judges CPU work on several cores. The checks' JVM then measures how many cores it can use
     * before any class of the submission is loaded (see {@code dev.overlap.measure.Cores}); other exercises skip
     * that fifth of a second, and a CPU verdict in them fails, naming this attribute.
     */
    boolean gradesCpuWork() default false;
}
