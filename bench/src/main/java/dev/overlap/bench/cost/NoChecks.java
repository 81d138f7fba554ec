package dev.overlap.bench.cost;

/**
 * A check class without checks: a checks JVM started on it does everything but check (start, boot
 * JUnit, discover nothing, report done), so its time is the fixed cost of one checks JVM.
 */
public final class NoChecks {
}
