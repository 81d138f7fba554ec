package dev.overlap.check;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;

/**
 * The order in which the grader runs an exercise's checks: every check after its {@link Prerequisites},
 * and otherwise the quick kinds first (correctness, concurrency, structure, quiz) and timing trials last.
 */
public final class CheckOrder implements MethodOrderer {

    private static final List<Kind> BY_COST = List.of(Kind.CORRECTNESS, Kind.CONCURRENCY, Kind.STRUCTURE, Kind.QUIZ,
            Kind.SPEEDUP);

    @Override
    public void orderMethods(MethodOrdererContext context) {
        List<Method> pending = new ArrayList<>(context.getMethodDescriptors().stream()
                .map(MethodDescriptor::getMethod)
                .sorted(Comparator.comparingInt(CheckOrder::cost).thenComparing(Method::getName))
                .toList());
        List<String> placed = new ArrayList<>();
        while (!pending.isEmpty()) {
            // A check whose prerequisites are all placed goes next; a cycle of prerequisites falls back to cost order.
            Method next = pending.stream()
                    .filter(method -> Prerequisites.of(method).stream().allMatch(name -> placed.contains(name)
                            || pending.stream().noneMatch(other -> other.getName().equals(name))))
                    .findFirst().orElse(pending.getFirst());
            pending.remove(next);
            placed.add(next.getName());
        }
        context.getMethodDescriptors().sort(Comparator.comparingInt(
                descriptor -> placed.indexOf(descriptor.getMethod().getName())));
    }

    private static int cost(Method method) {
        Check check = method.getAnnotation(Check.class);
        return check == null ? BY_COST.size() : BY_COST.indexOf(check.kind());
    }
}
