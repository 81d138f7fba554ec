package dev.overlap.rules;

import dev.overlap.rules.Route.Step;
import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.Flow;
import dev.overlap.rules.flow.Invocation;
import dev.overlap.rules.flow.MethodFlow;
import dev.overlap.rules.flow.MethodId;
import dev.overlap.rules.flow.Origin;
import dev.overlap.rules.flow.Use;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Walks from entry points through everything their code runs, breadth first, so each call {@link Sought}
 * is reported with its shortest route. What their code runs: the submission's methods that are called (every
 * override, for a call that dispatches); lambdas, method references and objects of the submission's classes
 * that are run, or handed to code that may run them now (a {@code forEach}, a {@code thenApply}, a helper
 * that calls them, a field); and what is handed to an executor that surely runs it on threads of its own only
 * when what is sought {@linkplain Sought#crossesThreads() crosses threads}.
 */
final class PathFinder<T> {

    private record Node(MethodId body, Node parent, Step via) {
    }

    private final Bytecode bytecode;
    private final Sought<T> sought;
    private final Elsewhere elsewhere;
    private final Map<List<Object>, Boolean> runsHere = new HashMap<>();
    private final Set<List<Object>> deciding = new HashSet<>();
    /** How many times a question was answered "no" only because it was still being decided. */
    private int provisionalAnswers;
    private final Set<MethodId> visited = new HashSet<>();
    private final Queue<Node> todo = new ArrayDeque<>();
    private final Map<String, Route<T>> found = new LinkedHashMap<>();

    PathFinder(Bytecode bytecode, Sought<T> sought) {
        this.bytecode = bytecode;
        this.sought = sought;
        this.elsewhere = new Elsewhere(bytecode);
    }

    List<Route<T>> from(List<MethodId> entries) {
        entries.forEach(entry -> enqueue(entry, null, null));
        while (!todo.isEmpty()) {
            visit(todo.poll());
        }
        return List.copyOf(found.values());
    }

    private void visit(Node node) {
        MethodFlow flow = bytecode.flow(node.body());
        String file = bytecode.sourceFile(node.body().owner());
        for (Invocation call : flow.invocations()) {
            List<MethodId> targets = sought.endsAt(call, bytecode) ? List.of() : bytecode.targets(call);
            if (targets.isEmpty()) {
                sought.at(call.owner(), call.name(), call.descriptor(), bytecode).ifPresent(what ->
                        report(node, new Step(call.display(), file, call.line()), what));
            }
            targets.forEach(target -> enqueue(target, node, new Step(target.display(), file, call.line())));
        }
        for (Origin origin : flow.creations()) {
            if (runs(origin, node.body())) {
                release(origin, node, file);
            }
        }
        for (Origin origin : flow.usedOrigins()) {
            if (origin instanceof Origin.Result result && bytecode.contains(result.owner()) && runs(origin, node.body())) {
                returnedBy(result).forEach(made -> release(made, node, file));
            }
        }
    }

    /** Runs what a lambda, method reference or object stands for on this path. */
    private void release(Origin origin, Node node, String file) {
        switch (origin) {
            case Origin.Lambda lambda -> {
                Handle target = lambda.target();
                MethodId body = new MethodId(target.getOwner(), target.getName(), target.getDesc());
                if (bytecode.hasBody(body)) {
                    String what = body.name().startsWith("lambda$") ? body.display()
                            : "method reference " + MethodId.simpleName(body.owner()) + "::" + body.name();
                    enqueue(body, node, new Step(what, file, lambda.line()));
                } else {
                    sought.at(target.getOwner(), target.getName(), target.getDesc(), bytecode)
                            .ifPresent(what -> report(node, new Step("method reference "
                                    + MethodId.simpleName(target.getOwner()) + "::" + target.getName(), file,
                                    lambda.line()), what));
                }
            }
            case Origin.Instance instance -> callbacks(instance.type()).forEach(callback -> enqueue(callback, node,
                    new Step(callback.display() + " of the object made", file, instance.line())));
            default -> {
            }
        }
    }

    /**
     * Whether a value used in {@code method} may run on the thread that runs {@code method}. A question met again
     * while it is being decided (a cycle of captures) counts as "no" for the moment; an answer that leaned on such
     * a provisional "no" is not kept, since the question it leaned on may still turn out "yes" by another use. Only
     * answers that leaned on none are kept, so the answer never depends on the order of the questions.
     */
    private boolean runs(Origin origin, MethodId method) {
        List<Object> key = List.of(origin, method);
        Boolean known = runsHere.get(key);
        if (known != null) {
            return known;
        }
        if (!deciding.add(key)) {
            provisionalAnswers++;
            return false;
        }
        int provisionalBefore = provisionalAnswers;
        boolean runs = bytecode.flow(method).usesOf(origin).stream().anyMatch(use -> runsThrough(use, origin, method));
        deciding.remove(key);
        if (runs || provisionalAnswers == provisionalBefore) {
            runsHere.put(key, runs);
        }
        return runs;
    }

    private boolean runsThrough(Use use, Origin origin, MethodId method) {
        return switch (use) {
            case Use.Stored stored -> true;
            case Use.Returned returned -> false;
            case Use.Captured captured -> runs(captured.lambda(), method) && runsCaptured(captured);
            case Use.Argument argument -> runsAsArgument(argument.call(), argument.argument(), origin, method);
        };
    }

    private boolean runsAsArgument(Invocation call, int argument, Origin origin, MethodId method) {
        Optional<HandOff> handOff = HandOff.of(call, bytecode.types());
        if (handOff.isPresent() && handOff.get().tasks().contains(argument)) {
            return sought.crossesThreads() || !handOff.get().surelyElsewhere()
                    && !elsewhere.surely(call.arguments().get(handOff.get().executor()), method);
        }
        if (call.isConstructor() && argument == 0) {
            return false;
        }
        List<MethodId> targets = bytecode.targets(call);
        boolean receiver = !call.isStatic() && argument == 0;
        if (targets.isEmpty() || receiver && origin instanceof Origin.Lambda) {
            // The JDK may run it right now (forEach, map, thenApply, computeIfAbsent): assume it does.
            return true;
        }
        if (receiver) {
            // A call on the submission's own object: the call itself is followed as a call.
            return false;
        }
        return targets.stream().anyMatch(target -> runs(new Origin.Parameter(argument), target));
    }

    /** A value captured by a lambda that runs here runs here if the lambda's body runs it. */
    private boolean runsCaptured(Use.Captured captured) {
        Handle target = captured.lambda().target();
        MethodId body = new MethodId(target.getOwner(), target.getName(), target.getDesc());
        if (!bytecode.hasBody(body) || target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            return true;
        }
        return runs(new Origin.Parameter(captured.argument()), body);
    }

    /** The lambdas and objects a method of the submission returns, through any chain of such methods. */
    private List<Origin> returnedBy(Origin.Result result) {
        List<Origin> made = new ArrayList<>();
        Set<MethodId> seen = new HashSet<>();
        Queue<MethodId> methods = new ArrayDeque<>();
        bytecode.declaration(result.owner(), result.name(), result.descriptor()).ifPresent(methods::add);
        while (!methods.isEmpty()) {
            MethodId method = methods.poll();
            if (!seen.add(method) || !bytecode.hasBody(method)) {
                continue;
            }
            for (Flow value : bytecode.flow(method).returned()) {
                for (Origin origin : value.origins()) {
                    if (origin.runnable()) {
                        made.add(origin);
                    } else if (origin instanceof Origin.Result inner && bytecode.contains(inner.owner())) {
                        bytecode.declaration(inner.owner(), inner.name(), inner.descriptor()).ifPresent(methods::add);
                    }
                }
            }
        }
        return made;
    }

    /** The methods of an object of the submission that code outside it may call: all but constructors, statics and privates. */
    private List<MethodId> callbacks(String type) {
        List<MethodId> methods = new ArrayList<>();
        for (ClassNode node : bytecode.classes()) {
            if (node.name.equals(type)) {
                node.methods.stream()
                        .filter(m -> !m.name.startsWith("<") && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0)
                        .map(m -> new MethodId(type, m.name, m.desc)).filter(bytecode::hasBody).forEach(methods::add);
            }
        }
        return methods;
    }

    private void enqueue(MethodId body, Node parent, Step via) {
        if (bytecode.hasBody(body) && visited.add(body)) {
            todo.add(new Node(body, parent, via));
        }
    }

    private void report(Node node, Step leaf, T what) {
        List<Step> steps = new ArrayList<>();
        steps.add(leaf);
        Node entry = node;
        for (Node at = node; at.parent() != null; at = at.parent()) {
            steps.addFirst(at.via());
            entry = at.parent();
        }
        found.putIfAbsent(leaf.toString(), new Route<>(entry.body(), steps, what));
    }
}
