package dev.overlap.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** Rules about which threads a submission creates. */
public final class ThreadRules {

    public static final ArchRule THE_SUBMISSION_STARTS_VIRTUAL_THREADS = theSubmission()
            .should(startVirtualThreads())
            .because("a virtual thread costs almost nothing while it waits, so every waiting task can have one"
                    + " of its own (Thread.ofVirtual(), Thread.startVirtualThread(...) or"
                    + " Executors.newVirtualThreadPerTaskExecutor())");

    public static final ArchRule NO_CODE_CREATES_A_THREAD_POOL = noClasses()
            .should().callCodeUnitWhere(createsAThreadPool())
            .because("a pool of N threads lets at most N waits overlap, and virtual threads are cheap enough"
                    + " that they are never pooled: create one per task instead");

    private static final Set<String> POOL_FACTORIES = Set.of("newFixedThreadPool", "newCachedThreadPool",
            "newSingleThreadExecutor", "newWorkStealingPool", "newScheduledThreadPool",
            "newSingleThreadScheduledExecutor");
    private static final Set<String> POOL_CLASSES = Set.of("java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");

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
                        : "no class of the submission starts a virtual thread"));
            }
        };
    }

    private static boolean startsVirtualThreads(String owner, String method) {
        return owner.equals("java.lang.Thread") && (method.equals("ofVirtual") || method.equals("startVirtualThread"))
                || owner.equals("java.util.concurrent.Executors") && method.equals("newVirtualThreadPerTaskExecutor");
    }

    private static DescribedPredicate<JavaCall<?>> createsAThreadPool() {
        return DescribedPredicate.describe("create a thread pool", call -> {
            String owner = call.getTargetOwner().getName();
            return owner.equals("java.util.concurrent.Executors") && POOL_FACTORIES.contains(call.getName())
                    || POOL_CLASSES.contains(owner) && call.getName().equals("<init>");
        });
    }
}
