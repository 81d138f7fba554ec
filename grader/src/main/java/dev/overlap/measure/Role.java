package dev.overlap.measure;

/** The contenders of a trial, all measured in the same rounds so that they share the machine's load. */
public enum Role {
    /** The kit's sequential reference: what the starter does. */
    BASELINE,
    /** The kit's own concurrent or parallel reference: what the machine allows right now. */
    REFERENCE,
    /** The learner's code. */
    SUBMISSION
}
