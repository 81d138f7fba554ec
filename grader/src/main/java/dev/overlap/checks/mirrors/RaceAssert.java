package dev.overlap.checks.mirrors;

import dev.overlap.check.CheckAssert;
import dev.overlap.checks.mirrors.MirrorScenario.Mirror;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Call;
import dev.overlap.measure.Run;
import dev.overlap.workload.animals.Outcome;
import dev.overlap.workload.animals.ServedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Assertions on a race of mirrors: what the method returned from it, and what the mirrors saw (who was asked, who
 * answered, and when the losers' requests ended). Times in messages count from the first request of the race.
 */
final class RaceAssert extends CheckAssert<RaceAssert, MirrorScenario> {

    private RaceAssert(MirrorScenario scenario) {
        super(scenario, RaceAssert.class);
    }

    static RaceAssert assertThat(MirrorScenario scenario) {
        return new RaceAssert(scenario);
    }

    /** The run returned the animal; otherwise the message says what it returned instead, and the likely reason. */
    RaceAssert returnedTheAnimal(Run<?> run) {
        String answer = (String) run.result();
        if (actual.isTheAnimal(answer)) {
            return this;
        }
        if (actual.fallback().equals(answer)) {
            failWithMessage("%s%s", fallbackStory(run.wallTime()), hint());
        }
        if (actual.isAnError(answer)) {
            failWithMessage("It returned the down mirror's error answer, %s, instead of the animal. A mirror that"
                    + " answers with an error status must throw, as Mirror.ask does, so that its answer cannot win"
                    + " the race.%s", answer, hint());
        }
        failWithMessage("It returned %s; every good mirror serves the animal %s.%s", answer,
                actual.uris().getFirst().getPath(), hint());
        return this;
    }

    /** The run sent its own request to the fastest good mirror: no answer kept from another run. */
    RaceAssert askedTheFastestGoodMirror(Run<?> run) {
        String fastest = "GET " + actual.uri(actual.fastestGood().orElseThrow());
        if (run.calls().stream().map(Call::label).noneMatch(fastest::equals)) {
            failWithMessage("It returned the animal without asking the fastest good mirror in the same call: every"
                    + " answer must come from the race it returns.%s", hint());
        }
        return this;
    }

    /** Every mirror received exactly one request. */
    RaceAssert askedEveryMirrorOnce() {
        recordTimelines();
        for (Mirror mirror : actual.mirrors()) {
            int asked = requests(mirror).size();
            if (asked != 1) {
                failWithMessage("%s was asked %d time%s; ask each mirror once, all of them at once.%s",
                        capital(mirror.describe()), asked, asked == 1 ? "" : "s", hint());
            }
        }
        return this;
    }

    /**
     * The loser's request was cancelled soon after the fastest good mirror answered: within half the
     * time it still had to wait, which a request left running never is.
     */
    RaceAssert cancelledPromptly(String loserRole) {
        recordTimelines();
        Mirror winner = actual.fastestGood().orElseThrow();
        ServedRequest won = requests(winner).getFirst();
        Mirror loser = actual.mirror(loserRole);
        ServedRequest lost = requests(loser).getFirst();
        Duration allowed = actual.allowedAfterWin(loser);
        long afterWin = actual.cancelledAfterWin(loser).orElseThrow().toNanos();
        Evidence.record("winner_answered_ms", millis(won.endNanos() - start()));
        Evidence.record("loser_ended_ms", millis(lost.endNanos() - start()));
        Evidence.record("loser_ended_after_win_ms", millis(afterWin));
        Evidence.record("allowed_after_win_ms", allowed.toMillis());
        if (won.outcome() != Outcome.ANSWERED) {
            failWithMessage("%s did not answer (%s): the race should have been won by it.%s",
                    capital(winner.describe()), outcome(won), hint());
        }
        if (lost.outcome() != Outcome.ABANDONED) {
            failWithMessage("%s %s at %d ms, although %s had answered at %d ms: its request was never"
                    + " cancelled. Either nothing interrupted it once the fast answer was in (CompletableFuture.cancel"
                    + " and cancel(false) interrupt nothing), or the code was still waiting for it, reading the"
                    + " mirrors in the order of the list.%s", capital(loser.describe()), outcome(lost),
                    millis(lost.endNanos() - start()), winner.describe(), millis(won.endNanos() - start()), hint());
        }
        if (afterWin > allowed.toNanos()) {
            failWithMessage("%s was cancelled %d ms after %s answered; expected within %d ms, half the time it"
                    + " still had to wait. Cancel the losers as soon as the winner is known.%s",
                    capital(loser.describe()), millis(afterWin), winner.describe(), allowed.toMillis(), hint());
        }
        return this;
    }

    /**
     * Every request of the race was cancelled no later than {@code allowed} after {@code calledAt}, the
     * {@link System#nanoTime()} when the method was called.
     */
    RaceAssert allCancelledWithin(long calledAt, Duration allowed) {
        recordTimelines();
        for (Mirror mirror : actual.mirrors()) {
            for (ServedRequest request : requests(mirror)) {
                long ended = request.endNanos() - calledAt;
                if (request.outcome() != Outcome.ABANDONED || ended > allowed.toNanos()) {
                    failWithMessage("%s %s %d ms after the call; every request should have been cancelled by"
                            + " %d ms.%s", capital(mirror.describe()), outcome(request), millis(ended),
                            allowed.toMillis(), hint());
                }
            }
        }
        return this;
    }

    /** Why a race with good mirrors can end with the fallback: it ended with the first mirror to finish. */
    private String fallbackStory(Duration took) {
        List<Duration> good = actual.mirrors().stream().filter(mirror -> !mirror.spec().down())
                .map(mirror -> mirror.spec().latency()).sorted().toList();
        List<Duration> down = actual.mirrors().stream().filter(mirror -> mirror.spec().down())
                .map(mirror -> mirror.spec().latency()).sorted().toList();
        String early = !down.isEmpty() && took.compareTo(good.getFirst()) < 0
                ? String.format(Locale.ROOT, " That is before any good mirror could answer (the fast one takes %d ms):"
                        + " the race ended when the down mirror failed, after %d ms.", good.getFirst().toMillis(),
                        down.getFirst().toMillis())
                : "";
        Evidence.finding(Finding.FIRST_TO_FINISH);
        return String.format(Locale.ROOT, "It returned the fallback after %d ms, although %d of the %d mirrors serve"
                + " the animal (in %s) and %s down.%s A race must end with the first good answer, not with the first"
                + " mirror to finish: CompletableFuture.anyOf completes with the first future to finish, a fast"
                + " failure included, and cancels nothing. ExecutorService.invokeAny returns the first task that"
                + " completes without throwing, and cancels the rest.", took.toMillis(), good.size(),
                actual.mirrors().size(), good.stream().map(latency -> latency.toMillis() + " ms")
                        .collect(Collectors.joining(" and ")),
                down.size() == 1 ? "only one is" : down.size() + " are", early);
    }

    private void recordTimelines() {
        actual.mirrors().forEach(mirror -> Evidence.record("mirror_" + mirror.spec().role() + "_timeline",
                mirror.api().log().asMeasurement()));
    }

    private List<ServedRequest> requests(Mirror mirror) {
        return mirror.api().log().requests();
    }

    private long start() {
        return actual.mirrors().stream().flatMap(mirror -> requests(mirror).stream())
                .mapToLong(ServedRequest::startNanos).min().orElse(0);
    }

    private static String outcome(ServedRequest request) {
        return switch (request.outcome()) {
            case ANSWERED -> "answered";
            case ERROR -> "answered with an error " + request.status();
            case REFUSED -> "refused the request";
            case ABANDONED -> "saw its request cancelled";
        };
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
