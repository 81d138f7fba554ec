package dev.overlap.rules.flow;

/** One way a method lets a value go: as an argument of a call, into a field or array, out as its result, or into a lambda. */
public sealed interface Use {

    /** Passed as argument {@code argument} (0 is the receiver of an instance call) of {@code call}. */
    record Argument(Invocation call, int argument) implements Use {
    }

    /** Stored into a field or an array element, where anything may pick it up later. */
    record Stored(int line) implements Use {
    }

    /** Returned to the caller. */
    record Returned() implements Use {
    }

    /** Captured as argument {@code argument} of a lambda or method reference created by {@code lambda}. */
    record Captured(Origin.Lambda lambda, int argument) implements Use {
    }
}
