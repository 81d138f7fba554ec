package dev.overlap.checks.channels;

import static org.awaitility.Awaitility.await;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.workload.pipeline.Line;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Assertions on a pipeline job after it ran: every item through once, no pile-up between stages, stages
 * that overlapped, no stage left behind. Each records what it measured, then fails with a sentence.
 */
final class LineAssert extends CheckAssert<LineAssert, Line> {

    private static final int SHOWN_PROBLEMS = 5;

    private LineAssert(Line line) {
        super(line, LineAssert.class);
    }

    static LineAssert assertThat(Line line) {
        return new LineAssert(line);
    }

    /** Every item reached a worker once and its result reached the collector once, before the pipeline returned. */
    LineAssert deliveredEachItemOnce() {
        List<String> problems = actual.problems();
        Evidence.record("items", actual.job().items().size());
        Evidence.record("problems", problems.size());
        if (!problems.isEmpty()) {
            String shown = problems.stream().limit(SHOWN_PROBLEMS).map(problem -> "\n  - " + problem)
                    .collect(Collectors.joining());
            failWithMessage("Not every item went through the pipeline exactly once:%s%s", shown, hintOnItsOwnLine());
        }
        return this;
    }

    /**
     * Every item reached a worker and every result the collector before the pipeline returned; unlike
     * {@link #deliveredEachItemOnce()}, it does not ask how (once each, by one collector thread).
     */
    LineAssert finishedEveryItem() {
        List<String> unfinished = actual.unfinished();
        Evidence.record("items", actual.job().items().size());
        Evidence.record("unfinished", unfinished.size());
        if (!unfinished.isEmpty()) {
            failWithMessage("The pipeline returned before every item was through:%s%s", unfinished.stream()
                    .map(problem -> "\n  - " + problem).collect(Collectors.joining()), hintOnItsOwnLine());
        }
        return this;
    }

    /** Between two stages there were never more items than full channels and busy hands can hold. */
    LineAssert keptBackpressure() {
        int allowed = actual.job().mostBetweenStages();
        Evidence.record("capacity", actual.job().capacity());
        Evidence.record("workers", actual.job().workers());
        Evidence.record("allowed_between_stages", allowed);
        Evidence.record("peak_before_work", actual.peakBeforeWork());
        Evidence.record("peak_before_collect", actual.peakBeforeCollect());
        String budget = String.format("channels of capacity %d allow at most %d (a full channel, plus one item in"
                + " the hand of each stage thread on either side of it)", actual.job().capacity(), allowed);
        if (actual.peakBeforeWork() > allowed) {
            Evidence.finding(Finding.NO_BOUND);
            failWithMessage("Up to %d items had left the producer without reaching a worker; %s. The producer ran"
                    + " ahead of the workers instead of waiting for room.%s", actual.peakBeforeWork(), budget,
                    hintOnItsOwnLine());
        }
        if (actual.peakBeforeCollect() > allowed) {
            failWithMessage("Up to %d results had left the workers without reaching the collector; %s. The"
                    + " workers ran ahead of the collector instead of waiting for room.%s",
                    actual.peakBeforeCollect(), budget, hintOnItsOwnLine());
        }
        return this;
    }

    /** The producer handed out and the collector filed while workers were busy. */
    LineAssert stagesOverlapped() {
        Evidence.record("handed_out_while_working", actual.handedOutWhileWorking());
        Evidence.record("collected_while_working", actual.collectedWhileWorking());
        if (actual.handedOutWhileWorking() == 0 || actual.collectedWhileWorking() == 0) {
            failWithMessage("The stages took turns: the producer handed out %d item(s) and the collector filed"
                    + " %d result(s) while a worker was busy. In a pipeline all three stages run at once.%s",
                    actual.handedOutWhileWorking(), actual.collectedWhileWorking(), hintOnItsOwnLine());
        }
        return this;
    }

    /** Soon after the pipeline returned, no thread that ran one of its stages was still alive. */
    LineAssert stageThreadsEnded(Duration grace) {
        List<Thread> threads = actual.stageThreads();
        Evidence.record("stage_threads", threads.size());
        try {
            await("every stage thread ended").atMost(grace).pollInterval(Duration.ofMillis(10))
                    .until(() -> threads.stream().noneMatch(Thread::isAlive));
        } catch (ConditionTimeoutException e) {
            List<Thread> alive = threads.stream().filter(Thread::isAlive).toList();
            Evidence.record("stage_threads_alive", alive.size());
            failWithMessage("%d of the %d stage threads were still alive %d ms after the pipeline returned (%s):"
                    + " a stage still waits for an item that will never come.%s", alive.size(), threads.size(),
                    grace.toMillis(), alive.stream().map(LineAssert::describe).collect(Collectors.joining(", ")),
                    hintOnItsOwnLine());
        }
        return this;
    }

    private static String describe(Thread thread) {
        String name = thread.getName().isEmpty() ? (thread.isVirtual() ? "virtual#" : "#") + thread.threadId()
                : thread.getName();
        return name + " in " + thread.getState().name().toLowerCase(java.util.Locale.ROOT);
    }
}
