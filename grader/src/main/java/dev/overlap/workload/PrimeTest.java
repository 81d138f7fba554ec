package dev.overlap.workload;

import dev.overlap.measure.Recorder;
import java.util.function.LongPredicate;

/** A primality test handed to a submission; every number it tests is counted to the thread that tested it. */
public record PrimeTest(Recorder recorder) implements LongPredicate {

    @Override
    public boolean test(long n) {
        recorder.tick("isPrime");
        return PrimeCount.isPrime(n);
    }
}
