package dev.overlap.checks.eventloop;

import static org.assertj.core.api.Assertions.fail;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Call;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the checks of the event loop expect of the answers, and of where the work ran. */
final class Verdicts {

    private Verdicts() {
    }

    static void expectAnswers(List<Ship> ships, Burst.Outcome outcome) {
        for (int i = 0; i < ships.size(); i++) {
            Ship ship = ships.get(i);
            Burst.Answer answer = answered(ship, outcome.answers().get(i));
            if (!answer.value().orElse("").equals(ship.expected())) {
                fail("To %s the radio answered \"%s\"; expected \"%s\".", ship.call(), answer.value().orElse(""),
                        ship.expected());
            }
        }
        Evidence.record("calls", ships.size());
    }

    static void expectCompletedOnTheLoop(Burst.Outcome outcome) {
        List<Burst.Answer> answers = outcome.answers().stream().flatMap(Optional::stream).toList();
        List<Burst.Answer> elsewhere = answers.stream().filter(answer -> !answer.completion().onLoop()).toList();
        Evidence.record("answers", answers.size());
        Evidence.record("completed_off_the_loop", elsewhere.size());
        if (answers.size() < outcome.answers().size()) {
            fail("%d of %d calls got no answer within %d s.", outcome.answers().size() - answers.size(),
                    outcome.answers().size(), EventLoopChecks.PATIENCE.toSeconds());
        }
        if (!elsewhere.isEmpty()) {
            Burst.Answer first = elsewhere.getFirst();
            Evidence.finding(Finding.COMPLETES_OFF_THE_LOOP);
            fail("%d of %d answers were completed off the loop; the answer to %s, for one, on %s. The loop continues"
                    + " from a handler's future on whichever thread completes it, so its follow-up ran there, beside"
                    + " the loop, not on it. A stage without Async runs where the stage before it ended, and"
                    + " thenCompose completes with the future its function returns, on the thread that completes that"
                    + " one, even when the function itself ran on the loop. Make the last stage of each handler an"
                    + " Async stage on the loop, thenApplyAsync(..., loop) or thenCombineAsync(..., loop), after any"
                    + " thenCompose; see README, task 3.", elsewhere.size(), answers.size(), first.ship().call(),
                    first.completion().describe());
        }
    }

    static void expectComputedOnAPool(List<Call> calls, String loopThread) {
        List<Call> plots = calls.stream().filter(call -> call.label().startsWith("plot ")).toList();
        long onLoop = plots.stream().filter(call -> call.thread().equals(loopThread)).count();
        long onVirtual = plots.stream().filter(Call::virtual).count();
        String threads = plots.stream().map(Call::thread).distinct().sorted().collect(Collectors.joining(", "));
        Evidence.record("plots", plots.size());
        Evidence.record("plots_on_the_loop", onLoop);
        Evidence.record("plots_on_virtual_threads", onVirtual);
        Evidence.record("plot_threads", threads);
        if (plots.isEmpty()) {
            fail("No course was plotted at all: each course must plot every one of its soundings.");
        }
        if (onLoop > 0) {
            fail("%d of %d plots ran on the loop's own thread, %s. While the loop computes it does nothing else,"
                    + " exactly as when it waits. Hand the computing to a pool sized to the cores:"
                    + " CompletableFuture.supplyAsync(() -> ..., ForkJoinPool.commonPool()); see README, task 2.",
                    onLoop, plots.size(), loopThread);
        }
        if (onVirtual > 0) {
            Evidence.finding(Finding.COMPUTES_ON_VIRTUAL_THREADS);
            fail("%d of %d plots ran on virtual threads. Virtual threads are for waiting: computing on one keeps"
                    + " a carrier busy, and the carriers (one per core) are shared by every virtual thread, so the"
                    + " manifests would queue behind the plots. Compute on a pool sized to the cores instead:"
                    + " ForkJoinPool.commonPool(), with a parallel stream inside the task if you like; see README,"
                    + " task 2.", onVirtual, plots.size());
        }
    }

    private static Burst.Answer answered(Ship ship, Optional<Burst.Answer> answer) {
        if (answer.isEmpty()) {
            fail("%s got no answer within %d s.", ship.call(), EventLoopChecks.PATIENCE.toSeconds());
        }
        answer.get().failure().ifPresent(failure -> fail("%s failed with %s.", ship.call(), failure));
        return answer.get();
    }
}
