package dev.overlap.rules;

import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.Flow;
import dev.overlap.rules.flow.Invocation;
import dev.overlap.rules.flow.MethodId;
import dev.overlap.rules.flow.Origin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A place where the submission creates a thread pool: how many threads it keeps (a fixed number or
 * as many as needed), and whether the threads it makes are virtual, read from where its thread
 * factory came from ({@code Thread.ofVirtual().factory()}, a field set to one, a lambda that makes
 * virtual threads).
 */
record PoolSite(MethodId in, String file, int line, String call, boolean fixed, boolean virtual) {

    private static final String EXECUTORS = "java/util/concurrent/Executors";
    private static final Set<String> FIXED_FACTORIES = Set.of("newFixedThreadPool", "newSingleThreadExecutor",
            "newScheduledThreadPool", "newSingleThreadScheduledExecutor", "newWorkStealingPool");
    private static final Set<String> FIXED_CLASSES = Set.of("java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/ForkJoinPool");
    private static final String THREAD_FACTORY = "java/util/concurrent/ThreadFactory";

    String where() {
        return in.display() + " (" + file + ":" + line + ")";
    }

    static List<PoolSite> in(Bytecode bytecode) {
        List<PoolSite> sites = new ArrayList<>();
        for (ClassNode type : bytecode.classes()) {
            for (MethodNode method : type.methods) {
                MethodId id = new MethodId(type.name, method.name, method.desc);
                if (!bytecode.hasBody(id)) {
                    continue;
                }
                for (Invocation call : bytecode.flow(id).invocations()) {
                    boolean factory = call.owner().equals(EXECUTORS) && (FIXED_FACTORIES.contains(call.name())
                            || call.name().equals("newCachedThreadPool"));
                    boolean constructor = call.isConstructor() && FIXED_CLASSES.contains(call.owner());
                    if (factory || constructor) {
                        sites.add(new PoolSite(id, bytecode.sourceFile(type.name), call.line(),
                                call.display() + "(...)", !call.name().equals("newCachedThreadPool"),
                                new Virtual(bytecode).makesVirtualThreads(call, id)));
                    }
                }
            }
        }
        return sites;
    }

    /** Follows a pool's thread factory back to where it was made. */
    private record Virtual(Bytecode bytecode, Set<Object> visiting) {

        Virtual(Bytecode bytecode) {
            this(bytecode, new HashSet<>());
        }

        boolean makesVirtualThreads(Invocation call, MethodId in) {
            Type[] parameters = call.parameterTypes();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].getInternalName().equals(THREAD_FACTORY)
                        && virtual(call.arguments().get(call.argument(i)), in)) {
                    return true;
                }
            }
            return false;
        }

        private boolean virtual(Flow factory, MethodId in) {
            return factory.origins().stream().anyMatch(origin -> virtual(origin, in));
        }

        private boolean virtual(Origin origin, MethodId in) {
            if (!visiting.add(List.of(origin, in))) {
                return false;
            }
            return switch (origin) {
                case Origin.Result result -> result.owner().equals("java/lang/Thread$Builder$OfVirtual")
                        || bytecode.contains(result.owner()) && bytecode.declaration(result.owner(), result.name(),
                        result.descriptor()).filter(bytecode::hasBody).map(method -> bytecode.flow(method).returned()
                        .stream().anyMatch(flow -> virtual(flow, method))).orElse(false);
                case Origin.Field field -> storedVirtual(field);
                case Origin.Lambda lambda -> {
                    MethodId body = new MethodId(lambda.target().getOwner(), lambda.target().getName(),
                            lambda.target().getDesc());
                    yield bytecode.hasBody(body) && bytecode.flow(body).invocations().stream()
                            .anyMatch(inner -> inner.owner().equals("java/lang/Thread$Builder$OfVirtual")
                                    || inner.name().equals("startVirtualThread"));
                }
                default -> false;
            };
        }

        private boolean storedVirtual(Origin.Field field) {
            for (ClassNode type : bytecode.classes()) {
                for (MethodNode method : type.methods) {
                    MethodId id = new MethodId(type.name, method.name, method.desc);
                    if (bytecode.hasBody(id) && bytecode.flow(id).storedInto(field.owner(), field.name()).stream()
                            .anyMatch(flow -> virtual(flow, id))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
