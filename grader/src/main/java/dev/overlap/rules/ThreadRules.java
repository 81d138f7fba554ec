package dev.overlap.rules;

import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.BaseStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Rules about which threads a submission creates. */
public final class ThreadRules {

    public static final ArchRule THE_SUBMISSION_STARTS_VIRTUAL_THREADS = theSubmission()
            .should(startVirtualThreads())
            .because("a virtual thread costs almost nothing while it waits, so every waiting task can have one"
                    + " of its own (Thread.ofVirtual(), Thread.startVirtualThread(...) or"
                    + " Executors.newVirtualThreadPerTaskExecutor())");

    public static final ArchRule NO_CODE_CREATES_A_THREAD_POOL = theSubmission()
            .should(createNoThreadPool())
            .because("a pool of N threads lets at most N waits overlap, and virtual threads are cheap enough"
                    + " that they are never pooled: give each task a virtual thread of its own instead"
                    + " (Executors.newVirtualThreadPerTaskExecutor())");

    /**
     * A virtual thread per task, the rule pair of every exercise whose tasks wait: virtual threads started, no pool
     * of any kind created. Checked together, so a learner who broke both reads about both at once.
     */
    public static final List<ArchRule> A_VIRTUAL_THREAD_PER_TASK = List.of(THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
            NO_CODE_CREATES_A_THREAD_POOL);

    private static final Set<String> POOL_FACTORIES = Set.of("newFixedThreadPool", "newCachedThreadPool",
            "newSingleThreadExecutor", "newWorkStealingPool", "newScheduledThreadPool",
            "newSingleThreadScheduledExecutor");
    private static final Set<String> POOL_CLASSES = Set.of("java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");
    private static final int SHOWN_SITES = 3;

    private ThreadRules() {
    }

    private static ArchCondition<Submission> startVirtualThreads() {
        return new ArchCondition<>("start virtual threads") {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                boolean starts = submission.methodsUsed().anyMatch(call -> startsVirtualThreads(
                        call.getTargetOwner().getName(), call.getName()));
                events.add(new SimpleConditionEvent(submission, starts, starts
                        ? "the submission starts virtual threads"
                        : "no class of the submission starts a virtual thread" + otherThreads(submission)));
            }
        };
    }

    private static ArchCondition<Submission> createNoThreadPool() {
        return new ArchCondition<>("not create a thread pool") {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                List<JavaCodeUnitAccess<?>> pools = accesses(submission).filter(ThreadRules::createsAThreadPool)
                        .toList();
                pools.forEach(pool -> events.add(SimpleConditionEvent.violated(submission, Evidence.finding(
                        Finding.FIXED_POOL, CallSite.where(pool) + " creates a thread pool with "
                                + CallSite.target(pool)))));
                if (pools.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(submission, "no class creates a thread pool"));
                }
            }
        };
    }

    /** Where the submission's threads come from instead, so that the learner sees what to replace, and where. */
    private static String otherThreads(Submission submission) {
        List<String> sites = accesses(submission).flatMap(access -> platformThreads(access).stream()).distinct()
                .toList();
        if (sites.isEmpty()) {
            return "";
        }
        return "; its threads come from " + sites.stream().limit(SHOWN_SITES).collect(Collectors.joining(", "))
                + (sites.size() > SHOWN_SITES ? " and " + (sites.size() - SHOWN_SITES) + " more places" : "");
    }

    private static Optional<String> platformThreads(JavaCodeUnitAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        String name = access.getName();
        JavaClass target = access.getTargetOwner();
        if (createsAThreadPool(access)) {
            Evidence.finding(Finding.FIXED_POOL);
            return Optional.of(CallSite.describe(access) + " (a pool of platform threads)");
        }
        if (owner.equals("java.lang.Thread") && (name.equals("<init>") || name.equals("ofPlatform"))) {
            return Optional.of(CallSite.describe(access) + " (a platform thread)");
        }
        if (name.equals("parallelStream") && target.isAssignableTo(Collection.class)
                || name.equals("parallel") && target.isAssignableTo(BaseStream.class)) {
            Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING);
            return Optional.of(CallSite.describe(access) + " (a parallel stream, which runs on the common fork-join"
                    + " pool of platform threads, sized for the cores, not for waiting)");
        }
        if (name.endsWith("Async") && target.isAssignableTo(CompletableFuture.class)
                && access.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isAssignableTo(
                        Executor.class))) {
            Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING);
            return Optional.of(CallSite.describe(access) + " without an executor (the common fork-join pool of"
                    + " platform threads)");
        }
        return Optional.empty();
    }

    private static Stream<JavaCodeUnitAccess<?>> accesses(Submission submission) {
        return Stream.concat(submission.methodsUsed(), submission.constructorsUsed());
    }

    private static boolean startsVirtualThreads(String owner, String method) {
        return owner.equals("java.lang.Thread") && (method.equals("ofVirtual") || method.equals("startVirtualThread"))
                || owner.equals("java.util.concurrent.Executors") && method.equals("newVirtualThreadPerTaskExecutor");
    }

    private static boolean createsAThreadPool(JavaCodeUnitAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        return owner.equals("java.util.concurrent.Executors") && POOL_FACTORIES.contains(access.getName())
                || POOL_CLASSES.contains(owner) && access.getName().equals("<init>");
    }
}
