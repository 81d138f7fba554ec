package dev.overlap.bench.cost;

import org.junit.jupiter.api.Test;

/**
 * A check class whose one check does nothing: a checks JVM started on it does everything but check (start, boot
 * JUnit, discover and run an empty method, report done), so its time is the fixed cost of one checks JVM.
 */
public final class NoChecks {

    /** The one method a checks JVM is asked to run: the JVM, JUnit and the report, with no check's work. */
    public static final String NOTHING = "nothing";

    @Test
    void nothing() {
        // The cost measured is everything around a check.
    }
}
