package dev.overlap.bench.report;

import java.util.concurrent.Callable;

/**
 * One way of running the same tasks: the JMH method that times it, a label for the table and a shorter one
 * for the chart, how many threads it lets work at once, and one call of it outside JMH that leaves evidence
 * in a recorder.
 */
record Way(String method, String label, String shortLabel, int workers, Callable<?> once) {
}
