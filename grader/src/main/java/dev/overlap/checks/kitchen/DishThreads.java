package dev.overlap.checks.kitchen;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Run;
import dev.overlap.measure.ThreadCensus;
import dev.overlap.measure.ThreadCensus.LiveThread;
import dev.overlap.measure.ThreadOrigins;
import dev.overlap.workload.kitchen.DishStep;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Which other dishes had threads while the first wait of a dinner ran, from a thread dump taken as that wait ended.
 * It tells apart two dinners that look alike on the clock, every step one after another on a thread per dish: in
 * one, every dish's thread was started at once and the others stood still while a dish waited, because it kept the
 * cook (or a lock) through its wait; in the other, each dish's thread was started only after the dish before it
 * had finished.
 */
final class DishThreads implements Consumer<DishStep> {

    private final AtomicBoolean taken = new AtomicBoolean();
    private volatile DishStep firstWait;
    private volatile List<LiveThread> others = List.of();

    /** Called as a waiting step ends; counts the other threads of the submission the first time only. */
    @Override
    public void accept(DishStep wait) {
        if (taken.compareAndSet(false, true)) {
            String self = String.valueOf(Thread.currentThread().threadId());
            others = ThreadCensus.runningCodeOf("kitchen").stream()
                    .filter(thread -> thread.virtual() && !thread.id().equals(self)).toList();
            firstWait = wait;
        }
    }

    /**
     * What to try, for a dinner whose steps never overlapped although its dishes ran on threads of their own;
     * for any other dinner, {@code otherwise}, after a word on the pool its threads came from, if any.
     */
    String hint(Run<?> run, String otherwise) {
        Evidence.record("other_dish_threads_at_first_wait", others.size());
        if (run.peakInFlight() != 1 || run.threads().size() < 2 || firstWait == null) {
            return ThreadOrigins.story(run) + otherwise;
        }
        String wait = "\"" + firstWait.label() + "\" (" + firstWait.time().toMillis() + " ms)";
        if (others.isEmpty()) {
            Evidence.finding(Finding.WAITS_IN_LOOP);
            return "When the first wait of the dinner, " + wait + ", ended, no other dish had a thread yet: each"
                    + " dish's thread was started only after the dish before it had finished, as when the thread of"
                    + " the dish listed before is joined before the next one starts. Start every dish's thread"
                    + " first, and let a dish wait only for the dishes in its needs.";
        }
        Evidence.finding(Finding.LOCK_HELD_WHILE_WAITING);
        return "When the first wait of the dinner, " + wait + ", ended, " + others.size() + " other dish"
                + (others.size() == 1 ? " had its thread" : "es had their threads") + " already, yet no step of"
                + " theirs had run while it waited: they stood at " + others.getFirst().frames().getFirst()
                + ", held up by something the waiting dish kept through its wait, most likely the cook, or a lock,"
                + " taken for the whole recipe. Take a cook only for an attention step, around cook.attend(step),"
                + " and give the cook back before the dish waits, so that the cook works on the other dishes"
                + " meanwhile.";
    }
}
