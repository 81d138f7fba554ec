package dev.overlap.workload;

/**
 * A deterministic piece of CPU work: it never waits, and the same parameters always give the same
 * answer, so a run that skips, repeats or mixes up work returns a different number.
 */
public sealed interface Kernel permits PrimeCount, HashChain, MandelbrotTile, MonteCarloPi {

    /** A short name for reports, with the parameters that make this instance differ from another. */
    String name();

    long compute();
}
