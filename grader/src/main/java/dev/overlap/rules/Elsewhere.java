package dev.overlap.rules;

import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.Flow;
import dev.overlap.rules.flow.Invocation;
import dev.overlap.rules.flow.MethodId;
import dev.overlap.rules.flow.Origin;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Decides whether an executor surely runs its tasks on threads of their own, away from the path
 * being checked. Sure: an executor the JDK made ({@code Executors.*}, the common pool, a new pool), a
 * lambda that starts a thread per task, or a field only ever set to one of those. Anything else (a
 * parameter, say, which may be the event loop itself) may run the task on the path's own thread.
 */
final class Elsewhere {

    private static final Set<String> THREAD_STARTS = Set.of("java/lang/Thread.startVirtualThread",
            "java/lang/Thread.start", "java/lang/Thread$Builder.start", "java/lang/Thread$Builder$OfVirtual.start",
            "java/lang/Thread$Builder$OfPlatform.start");
    private static final Set<String> JDK_POOLS = Set.of("java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/ForkJoinPool");

    private final Bytecode bytecode;
    private final Set<Object> visiting = new HashSet<>();

    Elsewhere(Bytecode bytecode) {
        this.bytecode = bytecode;
    }

    /** Whether every origin of {@code executor}, a value of method {@code in}, surely runs tasks elsewhere. */
    boolean surely(Flow executor, MethodId in) {
        return !executor.origins().isEmpty() && executor.origins().stream().allMatch(origin -> surely(origin, in));
    }

    private boolean surely(Origin origin, MethodId in) {
        if (!visiting.add(List.of(origin, in))) {
            return false;
        }
        try {
            return switch (origin) {
                case Origin.Result result -> result.owner().equals("java/util/concurrent/Executors")
                        || result.owner().equals("java/util/concurrent/ForkJoinPool") && result.name().equals("commonPool")
                        || bytecode.contains(result.owner()) && returnsElsewhere(result);
                case Origin.Library library -> JDK_POOLS.contains(library.type());
                case Origin.Lambda lambda -> startsThreads(lambda, in);
                case Origin.Field field -> setOnlyToElsewhere(field);
                case Origin.Instance instance -> false;
                case Origin.Parameter parameter -> false;
            };
        } finally {
            visiting.remove(List.of(origin, in));
        }
    }

    private boolean returnsElsewhere(Origin.Result result) {
        return bytecode.declaration(result.owner(), result.name(), result.descriptor()).filter(bytecode::hasBody)
                .map(method -> {
                    List<Flow> returned = bytecode.flow(method).returned();
                    return !returned.isEmpty() && returned.stream().allMatch(flow -> surely(flow, method));
                }).orElse(false);
    }

    /** {@code Thread::startVirtualThread}, {@code task -> Thread.ofVirtual().start(task)}, {@code pool::execute}. */
    private boolean startsThreads(Origin.Lambda lambda, MethodId in) {
        Handle target = lambda.target();
        if (THREAD_STARTS.contains(target.getOwner() + "." + target.getName())) {
            return true;
        }
        MethodId body = new MethodId(target.getOwner(), target.getName(), target.getDesc());
        if (!bytecode.contains(target.getOwner())) {
            boolean handsToExecutor = target.getName().equals("execute") || target.getName().equals("submit");
            List<Flow> captured = bytecode.flow(lambda.in()).capturedBy(lambda);
            return handsToExecutor && !captured.isEmpty() && surely(captured.getFirst(), lambda.in());
        }
        return bytecode.hasBody(body) && bytecode.flow(body).invocations().stream().anyMatch(Elsewhere::startsThread);
    }

    private static boolean startsThread(Invocation call) {
        return THREAD_STARTS.contains(call.owner() + "." + call.name());
    }

    /** A field is surely elsewhere when the submission sets it at least once and only ever to such executors. */
    private boolean setOnlyToElsewhere(Origin.Field field) {
        boolean stored = false;
        for (ClassNode type : bytecode.classes()) {
            for (MethodNode method : type.methods) {
                MethodId id = new MethodId(type.name, method.name, method.desc);
                if (!bytecode.hasBody(id)) {
                    continue;
                }
                for (Flow value : bytecode.flow(id).storedInto(field.owner(), field.name())) {
                    if (!surely(value, id)) {
                        return false;
                    }
                    stored = true;
                }
            }
        }
        return stored;
    }
}
