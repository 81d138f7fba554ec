package dev.overlap.rules;

import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.rules.flow.Bytecode;
import java.util.List;
import java.util.function.Predicate;

/** Rules about thread pools: which ones waiting work may use, and that virtual threads are never pooled. */
public final class PoolRules {

    public static final ArchRule VIRTUAL_THREADS_ARE_NEVER_POOLED = theSubmission()
            .should(createNoPool("pool virtual threads", PoolSite::virtual, site -> Evidence.finding(
                    Finding.VIRTUAL_THREAD_POOL, site.where() + " creates a pool of virtual threads with " + site.call()
                    + " and a virtual thread factory. Use Executors.newVirtualThreadPerTaskExecutor() (a new virtual"
                    + " thread per task), and a Semaphore if you need to limit how many run at once.")))
            .because("a virtual thread is as cheap as the task it runs, so it is made for one task and thrown away;"
                    + " a pool of them only adds a limit on how many tasks overlap");

    public static final ArchRule WAITING_WORK_USES_NO_FIXED_PLATFORM_POOL = theSubmission()
            .should(createNoPool("create a fixed pool of platform threads", site -> site.fixed() && !site.virtual(),
                    site -> Evidence.finding(Finding.FIXED_POOL, site.where() + " creates a fixed pool of platform"
                            + " threads with " + site.call() + ". Give each waiting task a virtual thread of its own:"
                            + " Executors.newVirtualThreadPerTaskExecutor().")))
            .because("a pool of N platform threads lets at most N waits overlap, and each of its threads holds an"
                    + " operating-system thread while it waits");

    private PoolRules() {
    }

    private static ArchCondition<Submission> createNoPool(String verb, Predicate<PoolSite> wrong,
                                                          java.util.function.Function<PoolSite, String> message) {
        return new ArchCondition<>("not " + verb) {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                List<PoolSite> sites = PoolSite.in(Bytecode.of(submission.classes())).stream().filter(wrong).toList();
                sites.forEach(site -> events.add(SimpleConditionEvent.violated(submission, message.apply(site))));
                if (sites.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(submission, "no class does"));
                }
            }
        };
    }
}
