package dev.overlap.rules.flow;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A call written in a method: its target as the bytecode names it, where it is, and the flow of each
 * argument, the receiver first when there is one.
 */
public record Invocation(int opcode, String owner, String name, String descriptor, int instruction, int line,
                         List<Flow> arguments) {

    public boolean isStatic() {
        return opcode == Opcodes.INVOKESTATIC;
    }

    /** Whether the call dispatches on its receiver's class (an override may run instead of the named method). */
    public boolean isVirtual() {
        return opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE;
    }

    public boolean isConstructor() {
        return name.equals("<init>");
    }

    /** The declared parameter types, without the receiver. */
    public Type[] parameterTypes() {
        return Type.getArgumentTypes(descriptor);
    }

    /** Index in {@link #arguments()} of declared parameter {@code parameter}. */
    public int argument(int parameter) {
        return isStatic() ? parameter : parameter + 1;
    }

    /** {@code Thread.sleep}, as a learner reads the call. */
    public String display() {
        return MethodId.simpleName(owner) + "." + (isConstructor() ? "new" : name);
    }
}
