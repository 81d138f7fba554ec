package dev.overlap.checks.channels;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Assertions on a select, {@code receiveEither}, played against two watched channels: it loses nothing and keeps its
 * timeout, and it answers as soon as either channel has an item. Each fails with what happened, then the check's hint
 * on a line of its own.
 */
public final class SelectAssert extends CheckAssert<SelectAssert, ReceiveEither> {

    private SelectAssert(ReceiveEither select) {
        super(select, SelectAssert.class);
    }

    public static SelectAssert assertThat(ReceiveEither select) {
        return new SelectAssert(select);
    }

    /**
     * Over rounds in which both channels hold items, every item came out once, each channel's in order, none lost to a
     * race; with both channels empty it waited out its timeout; and it returned an item that arrived late.
     */
    public SelectAssert losesNothing(RandomGenerator random) throws Exception {
        Optional<String> mistake = SelectRounds.play(actual, random);
        if (mistake.isPresent()) {
            failWithMessage("%s%s", mistake.get(), hintOnItsOwnLine());
        }
        return this;
    }

    /**
     * An item that arrives on one channel after {@code arrival}, the other staying empty, is returned within a tick of
     * its arrival (halfway between it and {@code timeout}), on either channel: the select watches both at once.
     */
    SelectAssert answersFromWhicheverIsReady(Duration arrival, Duration timeout) throws Exception {
        // Watching both channels answers within a tick of the arrival; waiting out one answers at the timeout.
        Duration limit = arrival.plus(timeout).dividedBy(2);
        for (boolean onSecond : List.of(true, false)) {
            SelectScenario scenario = new SelectScenario(actual);
            (onSecond ? scenario.second : scenario.first).sendLater("news", arrival);
            Optional<String> item = scenario.select(timeout);
            String channel = onSecond ? "second" : "first";
            Evidence.record("answer_ms_when_" + channel + "_ready", scenario.lastWait().toMillis());
            if (!item.equals(Optional.of("news")) || scenario.lastWait().compareTo(limit) > 0) {
                failWithMessage("An item arrived on the %s channel after %d ms; receiveEither answered %s after %d ms."
                        + " Expected the item within %d ms, halfway between its arrival and the timeout of %d ms.%s",
                        channel, arrival.toMillis(), item, scenario.lastWait().toMillis(), limit.toMillis(),
                        timeout.toMillis(), hintOnItsOwnLine());
            }
        }
        return this;
    }
}
