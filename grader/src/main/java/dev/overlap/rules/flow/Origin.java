package dev.overlap.rules.flow;

import org.objectweb.asm.Handle;

/**
 * Where a value on the operand stack or in a local variable came from, as far as the blocking rules
 * care: something that can run code later (a lambda, a method reference, an object of the
 * submission's own classes), a method's parameter, a call's result, a field, or a JDK object.
 */
public sealed interface Origin {

    /** A lambda or method reference ({@code target} is its body), created at {@code instruction}. */
    record Lambda(MethodId in, int instruction, int line, Handle target) implements Origin {
    }

    /** {@code new T(...)} of a class of the submission, whose methods the JDK may call back. */
    record Instance(MethodId in, int instruction, int line, String type) implements Origin {
    }

    /** {@code new T(...)} of a class outside the submission, a {@code ForkJoinPool} for instance. */
    record Library(String type) implements Origin {
    }

    /** Argument {@code index} of the method being analysed, counting the receiver as 0 when there is one. */
    record Parameter(int index) implements Origin {
    }

    /** What a call returned. */
    record Result(String owner, String name, String descriptor, int instruction) implements Origin {
    }

    /** What was read from a field. */
    record Field(String owner, String name) implements Origin {
    }

    /** Whether the value can run code: a lambda, a method reference or an object of the submission. */
    default boolean runnable() {
        return this instanceof Lambda || this instanceof Instance;
    }
}
