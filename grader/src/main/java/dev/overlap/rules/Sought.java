package dev.overlap.rules;

import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.Invocation;
import java.util.Optional;

/**
 * What a {@link PathFinder} looks for, where the code it follows leaves the submission: a call, or a method
 * reference, to a method without a body in the submission (one of the JDK's, or an abstract one).
 */
interface Sought<T> {

    /** What the call or method reference to {@code owner.name descriptor} is, if it is sought. */
    Optional<T> at(String owner, String name, String descriptor, Bytecode bytecode);

    /** Whether a call to the submission's own code ends the route there, instead of going into the bodies it may run. */
    default boolean endsAt(Invocation call, Bytecode bytecode) {
        return false;
    }

    /**
     * Whether code handed to another thread (an executor's, a new thread) is followed too. Without, only what runs
     * on the entry point's own thread is.
     */
    default boolean crossesThreads() {
        return false;
    }
}
