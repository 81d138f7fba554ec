package dev.overlap.rules;

import dev.overlap.rules.flow.MethodId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.objectweb.asm.tree.ClassNode;

/**
 * Methods of an exercise that its checks call and grade, named by their class (binary name,
 * {@code parallelmath.ParallelMath}) and their names: where a rule starts following what the code runs.
 */
public record GradedMethods(String className, List<String> names) {

    public static GradedMethods of(String className, String... names) {
        return new GradedMethods(className, List.of(names));
    }

    /** The methods called {@code name} in the class, every overload, among these classes. */
    List<MethodId> named(String name, Iterable<ClassNode> classes) {
        String internal = className.replace('.', '/');
        List<MethodId> found = new ArrayList<>();
        for (ClassNode type : classes) {
            if (type.name.equals(internal)) {
                type.methods.stream().filter(method -> method.name.equals(name))
                        .forEach(method -> found.add(new MethodId(internal, method.name, method.desc)));
            }
        }
        return found;
    }

    /** {@code ParallelMath.computeAll}, as a learner reads it. */
    String display(String name) {
        return MethodId.simpleName(className.replace('.', '/')) + "." + name;
    }

    /** {@code ParallelMath.computeAll and ParallelMath.countPrimes} */
    String describe() {
        return names.stream().map(this::display).collect(Collectors.joining(" and "));
    }
}
