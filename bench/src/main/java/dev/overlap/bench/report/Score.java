package dev.overlap.bench.report;

/**
 * One benchmark's JMH result and the load on the machine while it ran.
 *
 * @param millis mean time per operation
 * @param error  half-width of JMH's 99.9% confidence interval, in ms (NaN with too few iterations)
 */
public record Score(double millis, double error, String load) {
}
