package dev.overlap.workload.animals;

/** How the Animals API ended a request. */
public enum Outcome {
    /** Answered 200 after the latency. */
    ANSWERED,
    /** Answered with an error after the latency: no such animal, a broken mirror, a method other than GET. */
    ERROR,
    /** Answered 429 at once, because the limit of requests in flight was reached. */
    REFUSED,
    /** The client went away before the latency was over: it cancelled or gave up on the request. */
    ABANDONED
}
