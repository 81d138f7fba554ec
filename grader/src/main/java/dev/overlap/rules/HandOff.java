package dev.overlap.rules;

import dev.overlap.rules.flow.Invocation;
import dev.overlap.rules.flow.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.objectweb.asm.Type;

/**
 * A call that hands code to another thread instead of running it: an executor's execute or submit,
 * a CompletableFuture's async stage, a new thread. The code handed over runs on that executor's
 * threads, which are off the current path unless the executor may be the current thread's own (an
 * event loop's executor, for instance).
 *
 * @param tasks    indexes of the call's arguments (0 is the receiver) that carry the code handed over
 * @param executor index of the argument that is the executor, or -1 when the code surely gets a thread of its
 *                 own (a new thread, the common pool)
 */
record HandOff(List<Integer> tasks, int executor) {

    private static final String EXECUTOR = "java/util/concurrent/Executor";

    boolean surelyElsewhere() {
        return executor < 0;
    }

    static Optional<HandOff> of(Invocation call, Types types) {
        String owner = call.owner();
        String name = call.name();
        Type[] parameters = call.parameterTypes();
        if (!call.isStatic() && types.isAssignable(owner, EXECUTOR) && name.equals("execute")
                || types.isAssignable(owner, "java/util/concurrent/ExecutorService") && name.equals("submit")
                || types.isAssignable(owner, "java/util/concurrent/ScheduledExecutorService")
                && name.startsWith("schedule")) {
            return Optional.of(new HandOff(List.of(1), 0));
        }
        if (types.isAssignable(owner, "java/util/concurrent/CompletionStage") && name.endsWith("Async")) {
            boolean named = parameters.length > 0 && parameters[parameters.length - 1].getInternalName().equals(EXECUTOR);
            int first = call.isStatic() ? 0 : 1;
            int last = call.arguments().size() - (named ? 1 : 0);
            return Optional.of(new HandOff(IntStream.range(first, last).boxed().toList(),
                    named ? call.arguments().size() - 1 : -1));
        }
        if (owner.equals("java/lang/Thread") && (name.equals("startVirtualThread") || name.equals("<init>"))
                || types.isAssignable(owner, "java/lang/Thread$Builder") && (name.equals("start")
                || name.equals("unstarted"))
                || types.isAssignable(owner, "java/util/concurrent/ThreadFactory") && name.equals("newThread")) {
            return Optional.of(new HandOff(IntStream.range(0, parameters.length)
                    .filter(i -> parameters[i].getInternalName().equals("java/lang/Runnable"))
                    .mapToObj(call::argument).toList(), -1));
        }
        return Optional.empty();
    }
}
