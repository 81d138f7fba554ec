package dev.overlap.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Runs a check only when the checks it depends on passed. Fast but wrong is not a speedup: a run that skipped work,
 * returned stored answers or lost results must not collect points for being concurrent, quick or well shaped. So a
 * concurrency, speedup or structure check waits for the correctness checks of its own task (and for the checks it
 * names in {@link Check#requires()}), never for another task's: a mistake in task 1 costs task 1's points, not
 * task 3's. A check whose prerequisite did not pass is not run: it scores zero and says which check held it back.
 *
 * <p>A prerequisite that has not run yet does not hold a check back (an IDE may run checks in any order); the
 * grader runs them in {@link CheckOrder}, prerequisites first.
 */
public final class Prerequisites implements ExecutionCondition, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Prerequisites.class);
    private static final Set<Kind> WAIT_FOR_CORRECTNESS = EnumSet.of(Kind.CONCURRENCY, Kind.SPEEDUP, Kind.STRUCTURE);

    /**
     * The checks that must pass before the check {@code name} counts: its own list, then the correctness checks of
     * its task, from {@code checksOfClass} (every check of its class by method name, in a stable order). The kit
     * asks this of loaded classes (JUnit) and of bytecode (the catalog), so both read the same gates.
     */
    public static List<String> of(String name, Map<String, Check> checksOfClass) {
        Check check = checksOfClass.get(name);
        if (check == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(Arrays.asList(check.requires()));
        if (WAIT_FOR_CORRECTNESS.contains(check.kind())) {
            checksOfClass.forEach((other, annotation) -> {
                if (annotation.kind() == Kind.CORRECTNESS && annotation.task() == check.task()
                        && !names.contains(other)) {
                    names.add(other);
                }
            });
        }
        return names;
    }

    static List<String> of(Method check) {
        return of(check.getName(), checksOf(check.getDeclaringClass()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> check = context.getTestMethod();
        if (check.isEmpty()) {
            return ConditionEvaluationResult.enabled("the class of the checks");
        }
        Map<String, Boolean> passed = outcomes(context);
        List<String> failed = of(check.get()).stream().filter(name -> Boolean.FALSE.equals(passed.get(name))).toList();
        if (failed.isEmpty()) {
            return ConditionEvaluationResult.enabled("every prerequisite passed or has not run");
        }
        return ConditionEvaluationResult.disabled("Not run: this check counts only once " + sentences(check.get(),
                failed) + (failed.size() == 1 ? " passes, and it did not." : " pass, and they did not.")
                + " Fix that first; the other tasks are graded on their own.");
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        remember(context, true);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        remember(context, false);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        remember(context, false);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        remember(context, false);
    }

    private static Map<String, Check> checksOf(Class<?> checkClass) {
        return Arrays.stream(checkClass.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Check.class))
                .sorted(Comparator.comparing(Method::getName))
                .collect(Collectors.toMap(Method::getName, method -> method.getAnnotation(Check.class),
                        (first, second) -> first, LinkedHashMap::new));
    }

    private static void remember(ExtensionContext context, boolean passed) {
        context.getTestMethod().ifPresent(method -> outcomes(context).put(method.getName(), passed));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean> outcomes(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(context.getRequiredTestClass(),
                testClass -> new ConcurrentHashMap<String, Boolean>(), Map.class);
    }

    private static String sentences(Method check, List<String> names) {
        Map<String, Check> checks = checksOf(check.getDeclaringClass());
        return names.stream().map(name -> Arrays.stream(check.getDeclaringClass().getDeclaredMethods())
                        .filter(method -> method.getName().equals(name)).findFirst()
                        .map(method -> (method.isAnnotationPresent(DisplayName.class)
                                ? method.getAnnotation(DisplayName.class).value() : name)
                                + "\" (task " + checks.get(name).task() + ")")
                        .orElse(name + "\""))
                .map(sentence -> "\"" + sentence)
                .collect(Collectors.joining(" and "));
    }
}
