package dev.overlap.rules.flow;

import java.util.HashSet;
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
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * Follows the origins of values through one method: copies keep them, merges unite them, and every
 * call, field read, {@code new} and lambda creation starts a new one. Sizes come from ASM's basic
 * interpreter, which needs no more than the instruction.
 */
final class OriginInterpreter extends Interpreter<Flow> {

    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";

    private final BasicInterpreter sizes = new BasicInterpreter();
    private final MethodId method;
    private final Map<AbstractInsnNode, Integer> indexes;
    private final Map<AbstractInsnNode, Integer> lines;
    private final Map<Integer, Integer> argumentOfSlot;
    private final Predicate<String> inSubmission;

    OriginInterpreter(MethodId method, Map<AbstractInsnNode, Integer> indexes, Map<AbstractInsnNode, Integer> lines,
                      Map<Integer, Integer> argumentOfSlot, Predicate<String> inSubmission) {
        super(Opcodes.ASM9);
        this.method = method;
        this.indexes = indexes;
        this.lines = lines;
        this.argumentOfSlot = argumentOfSlot;
        this.inSubmission = inSubmission;
    }

    static boolean createsLambda(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals(LAMBDA_FACTORY) && insn.bsmArgs.length > 1
                && insn.bsmArgs[1] instanceof Handle;
    }

    @Override
    public Flow newValue(Type type) {
        BasicValue basic = sizes.newValue(type);
        if (basic == null) {
            return null;
        }
        return basic == BasicValue.UNINITIALIZED_VALUE ? Flow.UNINITIALIZED : Flow.plain(basic.getSize());
    }

    @Override
    public Flow newParameterValue(boolean isInstanceMethod, int local, Type type) {
        Integer argument = argumentOfSlot.get(local);
        return argument == null ? newValue(type) : Flow.of(type.getSize(), new Origin.Parameter(argument));
    }

    @Override
    public Flow newOperation(AbstractInsnNode insn) throws AnalyzerException {
        int size = sizes.newOperation(insn).getSize();
        if (insn.getOpcode() == Opcodes.NEW) {
            String type = ((TypeInsnNode) insn).desc;
            return Flow.of(size, inSubmission.test(type)
                    ? new Origin.Instance(method, indexes.get(insn), lines.getOrDefault(insn, 0), type)
                    : new Origin.Library(type));
        }
        if (insn.getOpcode() == Opcodes.GETSTATIC) {
            FieldInsnNode field = (FieldInsnNode) insn;
            return Flow.of(size, new Origin.Field(field.owner, field.name));
        }
        return Flow.plain(size);
    }

    @Override
    public Flow copyOperation(AbstractInsnNode insn, Flow value) {
        return value;
    }

    @Override
    public Flow unaryOperation(AbstractInsnNode insn, Flow value) throws AnalyzerException {
        BasicValue basic = sizes.unaryOperation(insn, basic(value));
        if (basic == null) {
            return null;
        }
        return switch (insn.getOpcode()) {
            case Opcodes.CHECKCAST -> value;
            case Opcodes.GETFIELD -> Flow.of(basic.getSize(),
                    new Origin.Field(((FieldInsnNode) insn).owner, ((FieldInsnNode) insn).name));
            default -> Flow.plain(basic.getSize());
        };
    }

    @Override
    public Flow binaryOperation(AbstractInsnNode insn, Flow first, Flow second) throws AnalyzerException {
        BasicValue basic = sizes.binaryOperation(insn, basic(first), basic(second));
        return basic == null ? null : Flow.plain(basic.getSize());
    }

    @Override
    public Flow ternaryOperation(AbstractInsnNode insn, Flow first, Flow second, Flow third) {
        return null;
    }

    @Override
    public Flow naryOperation(AbstractInsnNode insn, List<? extends Flow> values) throws AnalyzerException {
        BasicValue basic = sizes.naryOperation(insn, values.stream().map(OriginInterpreter::basic).toList());
        if (basic == null) {
            return null;
        }
        if (insn instanceof InvokeDynamicInsnNode indy && createsLambda(indy)) {
            Set<Origin> origins = new HashSet<>();
            origins.add(new Origin.Lambda(method, indexes.get(insn), lines.getOrDefault(insn, 0),
                    (Handle) indy.bsmArgs[1]));
            return new Flow(basic.getSize(), origins);
        }
        if (insn instanceof MethodInsnNode call) {
            return Flow.of(basic.getSize(), new Origin.Result(call.owner, call.name, call.desc, indexes.get(insn)));
        }
        return Flow.plain(basic.getSize());
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Flow value, Flow expected) {
        // Returned values are read from the frames afterwards.
    }

    @Override
    public Flow merge(Flow value, Flow other) {
        if (value.size() != other.size()) {
            return Flow.UNINITIALIZED;
        }
        return value.union(other);
    }

    private static BasicValue basic(Flow flow) {
        if (flow == Flow.UNINITIALIZED) {
            return BasicValue.UNINITIALIZED_VALUE;
        }
        return flow.size() == 2 ? BasicValue.LONG_VALUE : BasicValue.REFERENCE_VALUE;
    }
}
