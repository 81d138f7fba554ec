package dev.overlap.rules.flow;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * Which type is a kind of which, across the submission (read from its bytecode) and the JDK (loaded,
 * never initialised, from the platform class loader, so a submission's class of the same name is never
 * loaded in its place).
 */
public final class Types {

    private final Map<String, ClassNode> submission;
    private final Map<String, Optional<Class<?>>> loaded = new HashMap<>();
    private final Map<String, Boolean> interruptible = new HashMap<>();

    Types(Map<String, ClassNode> submission) {
        this.submission = submission;
    }

    /** Whether a value of type {@code type} is also a {@code target} (both internal names). */
    public boolean isAssignable(String type, String target) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(type);
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            if (!seen.add(next)) {
                continue;
            }
            ClassNode node = submission.get(next);
            if (node != null) {
                if (node.superName != null) {
                    todo.push(node.superName);
                }
                node.interfaces.forEach(todo::push);
            } else {
                Optional<Class<?>> from = jdk(next);
                Optional<Class<?>> to = jdk(target);
                if (from.isPresent() && to.isPresent() && to.get().isAssignableFrom(from.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A JDK class by internal name, if the platform class loader has it. */
    Optional<Class<?>> jdk(String internalName) {
        return loaded.computeIfAbsent(internalName, name -> {
            try {
                return Optional.of(Class.forName(name.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }

    boolean jdkDeclaresInterruption(String owner, String name, String descriptor) {
        return interruptible.computeIfAbsent(owner + "." + name + descriptor, key -> jdk(owner)
                .flatMap(type -> find(type, name, descriptor))
                .map(method -> Set.of(method.getExceptionTypes()).contains(InterruptedException.class))
                .orElse(false));
    }

    private static Optional<Method> find(Class<?> type, String name, String descriptor) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.push(type);
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            for (Method method : next.getDeclaredMethods()) {
                if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(descriptor)) {
                    return Optional.of(method);
                }
            }
            if (next.getSuperclass() != null) {
                todo.push(next.getSuperclass());
            }
            for (Class<?> parent : next.getInterfaces()) {
                todo.push(parent);
            }
        }
        return Optional.empty();
    }
}
