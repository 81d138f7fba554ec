package dev.overlap.rules.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * What one method does with values, read from its bytecode: the calls it makes (with where each
 * argument came from), the lambdas and objects it creates, and every use of every value: passed to
 * a call, stored, returned or captured.
 */
public final class MethodFlow {

    private final List<Invocation> invocations = new ArrayList<>();
    private final Set<Origin> creations = new LinkedHashSet<>();
    private final Map<Origin, List<Use>> uses = new HashMap<>();
    private final List<Flow> returns = new ArrayList<>();
    private final Map<String, List<Flow>> fieldStores = new HashMap<>();
    private final Map<Origin.Lambda, List<Flow>> captures = new HashMap<>();

    private MethodFlow() {
    }

    static MethodFlow analyse(String owner, MethodNode method, Predicate<String> inSubmission) {
        MethodFlow flow = new MethodFlow();
        if (method.instructions.size() == 0) {
            return flow;
        }
        MethodId id = new MethodId(owner, method.name, method.desc);
        Map<AbstractInsnNode, Integer> indexes = new IdentityHashMap<>();
        Map<AbstractInsnNode, Integer> lines = new IdentityHashMap<>();
        int line = 0;
        for (int i = 0; i < method.instructions.size(); i++) {
            AbstractInsnNode insn = method.instructions.get(i);
            if (insn instanceof LineNumberNode number) {
                line = number.line;
            }
            indexes.put(insn, i);
            lines.put(insn, line);
        }
        OriginInterpreter interpreter = new OriginInterpreter(id, indexes, lines,
                argumentsBySlot(method), inSubmission);
        Frame<Flow>[] frames;
        try {
            frames = new Analyzer<>(interpreter).analyze(owner, method);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("cannot follow the bytecode of " + id.display() + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] != null) {
                flow.read(id, method.instructions.get(i), i, lines.get(method.instructions.get(i)), frames[i],
                        inSubmission);
            }
        }
        return flow;
    }

    private void read(MethodId id, AbstractInsnNode insn, int index, int line, Frame<Flow> frame,
                      Predicate<String> inSubmission) {
        switch (insn) {
            case MethodInsnNode call -> {
                int count = Type.getArgumentTypes(call.desc).length
                        + (insn.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
                List<Flow> arguments = top(frame, count);
                Invocation invocation = new Invocation(insn.getOpcode(), call.owner, call.name, call.desc, index, line,
                        arguments);
                invocations.add(invocation);
                for (int a = 0; a < arguments.size(); a++) {
                    for (Origin origin : arguments.get(a).origins()) {
                        use(origin, new Use.Argument(invocation, a));
                    }
                }
            }
            case InvokeDynamicInsnNode indy when OriginInterpreter.createsLambda(indy) -> {
                List<Flow> captured = top(frame, Type.getArgumentTypes(indy.desc).length);
                Origin.Lambda lambda = new Origin.Lambda(id, index, line, (Handle) indy.bsmArgs[1]);
                creations.add(lambda);
                captures.put(lambda, captured);
                for (int a = 0; a < captured.size(); a++) {
                    for (Origin origin : captured.get(a).origins()) {
                        use(origin, new Use.Captured(lambda, a));
                    }
                }
            }
            case TypeInsnNode type when insn.getOpcode() == Opcodes.NEW && inSubmission.test(type.desc) ->
                    creations.add(new Origin.Instance(id, index, line, type.desc));
            case FieldInsnNode field when insn.getOpcode() == Opcodes.PUTFIELD
                    || insn.getOpcode() == Opcodes.PUTSTATIC -> {
                Flow value = top(frame, 1).getFirst();
                fieldStores.computeIfAbsent(field.owner + "." + field.name, key -> new ArrayList<>()).add(value);
                value.origins().forEach(origin -> use(origin, new Use.Stored(line)));
            }
            default -> {
                if (insn.getOpcode() == Opcodes.AASTORE) {
                    top(frame, 1).getFirst().origins().forEach(origin -> use(origin, new Use.Stored(line)));
                } else if (insn.getOpcode() == Opcodes.ARETURN) {
                    Flow value = top(frame, 1).getFirst();
                    returns.add(value);
                    value.origins().forEach(origin -> use(origin, new Use.Returned()));
                }
            }
        }
    }

    private void use(Origin origin, Use use) {
        uses.computeIfAbsent(origin, key -> new ArrayList<>()).add(use);
    }

    private static List<Flow> top(Frame<Flow> frame, int count) {
        List<Flow> values = new ArrayList<>(count);
        for (int i = frame.getStackSize() - count; i < frame.getStackSize(); i++) {
            values.add(frame.getStack(i));
        }
        return values;
    }

    /** Local variable slot of each argument, the receiver counted as argument 0 of an instance method. */
    private static Map<Integer, Integer> argumentsBySlot(MethodNode method) {
        Map<Integer, Integer> slots = new HashMap<>();
        int slot = 0;
        int argument = 0;
        if ((method.access & Opcodes.ACC_STATIC) == 0) {
            slots.put(slot++, argument++);
        }
        for (Type type : Type.getArgumentTypes(method.desc)) {
            slots.put(slot, argument++);
            slot += type.getSize();
        }
        return slots;
    }

    public List<Invocation> invocations() {
        return invocations;
    }

    /** The lambdas, method references and objects this method creates, in the order they appear. */
    public Set<Origin> creations() {
        return creations;
    }

    public List<Use> usesOf(Origin origin) {
        return uses.getOrDefault(origin, List.of());
    }

    /** Every origin that has a use in this method. */
    public Set<Origin> usedOrigins() {
        return uses.keySet();
    }

    /** The values this method returns. */
    public List<Flow> returned() {
        return returns;
    }

    /** The values this method stores into {@code owner.name}. */
    public List<Flow> storedInto(String owner, String name) {
        return fieldStores.getOrDefault(owner + "." + name, List.of());
    }

    /** The values a lambda creation captured, in order (the receiver first for a bound method reference). */
    public List<Flow> capturedBy(Origin.Lambda lambda) {
        return captures.getOrDefault(lambda, List.of());
    }
}
