package dev.overlap.isolate;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.overlap.integrity.KitPackages;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The classes of the exercises as the checks see them: every class they name that is neither the JDK's nor the kit's. */
final class ExerciseClasses {

    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private ExerciseClasses() {
    }

    static boolean contains(String name) {
        return JDK.stream().noneMatch(name::startsWith) && !KitPackages.contains(name) && !name.startsWith("[");
    }

    /**
     * The exercise classes the checks depend on in any way: the ones they call, and the ones they only name, such as
     * the type of a field they read ({@code Answers.ONE_COOK_THREE_POTS} is a {@code Scene}) or a class literal.
     */
    static Set<String> usedBy(JavaClasses checks) {
        Set<String> used = new TreeSet<>();
        for (JavaClass check : checks) {
            for (Dependency dependency : check.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (!target.isPrimitive() && contains(target.getName())) {
                    used.add(target.getName());
                }
            }
        }
        return used;
    }
}
