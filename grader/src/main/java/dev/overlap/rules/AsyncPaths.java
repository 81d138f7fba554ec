package dev.overlap.rules;

import dev.overlap.rules.flow.MethodId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The entry points of code that must never block, as an exercise declares them. Exercise code depends
 * on nothing, not even the kit, so it cannot use an annotation of the kit: it declares its own
 * annotation type (kept in the class file, {@code @Retention(CLASS)} or {@code RUNTIME}) and the
 * rule finds it by its simple name, {@code @NonBlocking} in any package. A check class can also name
 * the entry points itself ({@link #orPublicMethodsOf}), so removing the annotation does not take a
 * handler out of the rule.
 */
public final class AsyncPaths {

    private final List<BiPredicate<ClassNode, MethodNode>> selectors;
    private final List<String> descriptions;

    private AsyncPaths(List<BiPredicate<ClassNode, MethodNode>> selectors, List<String> descriptions) {
        this.selectors = selectors;
        this.descriptions = descriptions;
    }

    /** Methods annotated {@code @simpleName}, and every method declared in a class so annotated. */
    public static AsyncPaths annotatedWith(String simpleName) {
        return new AsyncPaths(List.of((type, method) -> annotated(type.visibleAnnotations, simpleName)
                || annotated(type.invisibleAnnotations, simpleName)
                || annotated(method.visibleAnnotations, simpleName)
                || annotated(method.invisibleAnnotations, simpleName)),
                List.of("methods annotated @" + simpleName));
    }

    /** Adds the public methods declared in {@code className} (binary name, {@code eventloop.Desk}). */
    public AsyncPaths orPublicMethodsOf(String className) {
        String internal = className.replace('.', '/');
        return and((type, method) -> type.name.equals(internal) && (method.access & Opcodes.ACC_PUBLIC) != 0,
                "the public methods of " + className.substring(className.lastIndexOf('.') + 1));
    }

    private AsyncPaths and(BiPredicate<ClassNode, MethodNode> selector, String description) {
        List<BiPredicate<ClassNode, MethodNode>> all = new ArrayList<>(selectors);
        all.add(selector);
        List<String> described = new ArrayList<>(descriptions);
        described.add(description);
        return new AsyncPaths(all, described);
    }

    /** The entry points among these classes; constructors and static initialisers never are. */
    Stream<MethodId> in(Iterable<ClassNode> classes) {
        List<MethodId> entries = new ArrayList<>();
        for (ClassNode type : classes) {
            for (MethodNode method : type.methods) {
                boolean code = (method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0
                        && !method.name.startsWith("<");
                if (code && selectors.stream().anyMatch(selector -> selector.test(type, method))) {
                    entries.add(new MethodId(type.name, method.name, method.desc));
                }
            }
        }
        return entries.stream();
    }

    String describe() {
        return String.join(" and ", descriptions);
    }

    private static boolean annotated(List<AnnotationNode> annotations, String simpleName) {
        return annotations != null && annotations.stream().map(annotation -> Type.getType(annotation.desc)
                .getInternalName()).map(MethodId::simpleName).map(name -> name.substring(name.lastIndexOf('$') + 1))
                .anyMatch(name -> Objects.equals(name, simpleName));
    }
}
