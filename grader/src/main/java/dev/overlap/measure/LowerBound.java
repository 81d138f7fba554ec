package dev.overlap.measure;

import java.time.Duration;
import java.util.Optional;

/**
 * The least time any correct run can take, with the reason in words, for feedback: "the longest chain of
 * waits", "attention 200 ms shared by 2 cooks". A crew of workers (cooks, fetchers) also knows the bound
 * with one of them fewer: a run that leaves a worker idle can never beat that.
 *
 * @param withOneWorkerFewer the bound of a crew one smaller, when the crew has more than one member
 * @param design             the least the exercise's design takes, when it does its parts one after the other (all
 *                           the waits, then all the computing) and so cannot reach the bound; the bar is set from it
 */
public record LowerBound(Duration time, String reason, Optional<Duration> withOneWorkerFewer,
                         Optional<Design> design) {

    /** What the exercise's design takes at best, and why, in words. */
    public record Design(Duration time, String reason) {
    }

    /** A bound set by waits alone: the longest chain of them. */
    public static LowerBound criticalPath(Duration longestChain) {
        return new LowerBound(longestChain, "the longest chain of waits", Optional.empty(), Optional.empty());
    }

    public static LowerBound of(Duration time, String reason) {
        return new LowerBound(time, reason, Optional.empty(), Optional.empty());
    }

    public LowerBound withOneWorkerFewer(Duration bound) {
        return new LowerBound(time, reason, Optional.of(bound), design);
    }

    /** The least a run built as the exercise asks can take, where its parts follow each other. */
    public LowerBound byDesign(Duration designTime, String designReason) {
        return new LowerBound(time, reason, withOneWorkerFewer, Optional.of(new Design(designTime, designReason)));
    }

    /** What the bar starts from: the design's least time where it has one, else the bound. */
    Duration ideal() {
        return design.map(Design::time).orElse(time);
    }

    String idealReason() {
        return design.map(Design::reason).orElse(reason);
    }
}
