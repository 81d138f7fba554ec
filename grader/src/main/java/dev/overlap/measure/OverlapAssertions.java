package dev.overlap.measure;

/**
 * Entry point of the kit's assertions, in the style of AssertJ: {@code assertThat(run).peakInFlight(3)}.
 * It can be statically imported beside AssertJ's {@code assertThat}.
 */
public final class OverlapAssertions {

    private OverlapAssertions() {
    }

    public static RunAssert assertThat(Run<?> run) {
        return new RunAssert(run);
    }

    public static TrialAssert assertThat(Trial<?> trial) {
        return new TrialAssert(trial);
    }
}
