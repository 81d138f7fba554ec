package dev.overlap.measure;

import java.time.Duration;
import java.util.Optional;

/**
 * The least time any correct run can take, with the reason in words, for feedback: "the longest chain of
 * waits", "attention 200 ms shared by 2 cooks". A crew of workers (cooks, fetchers) also knows the bound
 * with one of them fewer: a run that leaves a worker idle can never beat that.
 *
 * @param withOneWorkerFewer the bound of a crew one smaller, when the crew has more than one member
 */
public record LowerBound(Duration time, String reason, Optional<Duration> withOneWorkerFewer) {

    /** A bound set by waits alone: the longest chain of them. */
    public static LowerBound criticalPath(Duration longestChain) {
        return new LowerBound(longestChain, "the longest chain of waits", Optional.empty());
    }

    public static LowerBound of(Duration time, String reason) {
        return new LowerBound(time, reason, Optional.empty());
    }

    public LowerBound withOneWorkerFewer(Duration bound) {
        return new LowerBound(time, reason, Optional.of(bound));
    }
}
