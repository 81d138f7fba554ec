package dev.overlap.rules;

import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.concurrent.Semaphore;

/** Rules about how a submission bounds the work it has in flight. */
public final class LimitRules {

    public static final ArchRule THE_SUBMISSION_LIMITS_REQUESTS_WITH_A_SEMAPHORE = theSubmission()
            .should(createASemaphore())
            .because("a Semaphore limits how many calls are in flight while every call keeps its own virtual"
                    + " thread; a pool of N threads would limit the threads instead, and virtual threads are"
                    + " never pooled");

    private LimitRules() {
    }

    private static ArchCondition<Submission> createASemaphore() {
        return new ArchCondition<>("create a java.util.concurrent.Semaphore") {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                boolean creates = submission.constructorsUsed()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Semaphore.class));
                events.add(new SimpleConditionEvent(submission, creates, creates
                        ? "the submission creates a Semaphore"
                        : Evidence.finding(Finding.NO_BOUND, "no class of the submission creates a Semaphore")));
            }
        };
    }
}
