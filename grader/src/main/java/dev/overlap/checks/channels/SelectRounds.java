package dev.overlap.checks.channels;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What "select loses nothing" plays: rounds in which both channels hold items when the select is called, then
 * a call with nothing to take, then an item that arrives late. The check plays it with the submission's select;
 * the kit's own test plays it with racing selects, which it must fail every time, and with the reference. It finds the
 * first mistake; {@link SelectAssert#losesNothing} fails with it.
 */
final class SelectRounds {

    /**
     * Every round starts with items on both channels, a chance for a racing select to take two and return one,
     * and the channels hold a taken item until the other channel has been looked at ({@link RaceWindow}). Even
     * if a busy machine let a racing select escape one round in two, it would escape all 30 with a probability
     * of 2^-30, under one in a billion.
     */
    private static final int ROUNDS = 30;
    /** The timeout of every other call but the late one: a select that watches both answers at once. */
    private static final Duration TIMEOUT = Duration.ofMillis(30);
    /**
     * The timeout of the very first call, which also loads and compiles the code it runs: a racing select that
     * stalls there past a short timeout would answer empty before its threads took anything, and be failed for
     * that instead of for its race.
     */
    private static final Duration FIRST_CALL = Duration.ofSeconds(1);
    private static final Duration LATE = Duration.ofMillis(10);
    private static final Duration PATIENT = Duration.ofMillis(300);

    private final SelectScenario scenario;
    private final RandomGenerator random;
    private final Set<String> tokens = new HashSet<>();

    private SelectRounds(ReceiveEither select, RandomGenerator random) {
        this.scenario = new SelectScenario(select);
        this.random = random;
    }

    /**
     * Plays every round with {@code select}, then the empty and the late call, and stops at the first mistake seen.
     *
     * @return that mistake, in sentences for the learner; empty when the select lost nothing and kept its timeouts
     */
    static Optional<String> play(ReceiveEither select, RandomGenerator random) throws Exception {
        SelectRounds rounds = new SelectRounds(select, random);
        for (int round = 1; round <= ROUNDS; round++) {
            Optional<String> mistake = rounds.playRound(round);
            if (mistake.isPresent()) {
                return mistake;
            }
        }
        Evidence.record("rounds", ROUNDS);
        Evidence.record("received", rounds.scenario.received().size());
        Optional<String> mistake = rounds.waitsOutItsTimeout();
        return mistake.isPresent() ? mistake : rounds.returnsALateItem();
    }

    private Optional<String> playRound(int round) throws Exception {
        List<String> onFirst = tokens(random.nextInt(1, 3));
        List<String> onSecond = tokens(random.nextInt(1, 3));
        for (String item : onFirst) {
            scenario.first.send(item);
        }
        for (String item : onSecond) {
            scenario.second.send(item);
        }
        int before = scenario.received().size();
        int items = onFirst.size() + onSecond.size();
        for (int call = 1; call <= items; call++) {
            Duration timeout = round == 1 && call == 1 ? FIRST_CALL : TIMEOUT;
            Optional<String> item = scenario.select(timeout);
            List<String> dropped = scenario.dropped();
            if (!dropped.isEmpty()) {
                Evidence.finding(Finding.SELECT_LOSES_ITEMS);
                return said("In round %d of %d the first channel held %s and the second %s. Call %d of receiveEither"
                        + " returned %s, and %s was taken from %s and returned by nobody. A select that races one"
                        + " receiving thread per channel loses the loser's item whenever both channels hold one: both"
                        + " threads take an item, and only one can be returned. Take items on one thread only, so that"
                        + " an item is taken only by the look that returns it.", round, ROUNDS, onFirst, onSecond,
                        call, item.map(String::valueOf).orElse("nothing"), dropped, channelsOf(dropped));
            }
            if (item.isEmpty()) {
                return said("In round %d of %d the first channel held %s and the second %s. Call %d of receiveEither"
                        + " answered empty after %d ms, with %d item(s) still waiting and a timeout of %d ms.",
                        round, ROUNDS, onFirst, onSecond, call, scenario.lastWait().toMillis(), items - call + 1,
                        timeout.toMillis());
            }
        }
        List<String> returned = scenario.received().subList(before, before + items);
        if (!SelectScenario.itemsOf(returned, onFirst).equals(onFirst)
                || !SelectScenario.itemsOf(returned, onSecond).equals(onSecond)) {
            return said("In round %d of %d the first channel held %s and the second %s; repeated calls returned %s."
                    + " Every item must come out once, and each channel's items in the order they went in.", round,
                    ROUNDS, onFirst, onSecond, returned);
        }
        return Optional.empty();
    }

    private Optional<String> waitsOutItsTimeout() throws Exception {
        scenario.select(TIMEOUT);
        Evidence.record("empty_wait_ms", scenario.lastWait().toMillis());
        if (scenario.lastWait().plusMillis(1).compareTo(TIMEOUT) < 0) {
            return said("With both channels empty it answered empty after %d ms; it should keep watching for the"
                    + " whole timeout of %d ms.", scenario.lastWait().toMillis(), TIMEOUT.toMillis());
        }
        return Optional.empty();
    }

    private Optional<String> returnsALateItem() throws Exception {
        String late = tokens(1).getFirst();
        scenario.second.sendLater(late, LATE);
        Optional<String> item = scenario.select(PATIENT);
        if (!item.equals(Optional.of(late))) {
            return said("An item sent to the second channel %d ms after the call began was not returned (it returned"
                    + " %s) although the timeout was %d ms.", LATE.toMillis(), item, PATIENT.toMillis());
        }
        return Optional.empty();
    }

    private static Optional<String> said(String format, Object... figures) {
        return Optional.of(String.format(Locale.ROOT, format, figures));
    }

    private String channelsOf(List<String> dropped) {
        boolean fromFirst = dropped.stream().anyMatch(scenario.first.handedOut()::contains);
        boolean fromSecond = dropped.stream().anyMatch(scenario.second.handedOut()::contains);
        return fromFirst && fromSecond ? "the channels" : fromFirst ? "the first channel" : "the second channel";
    }

    /** Fresh items nobody can predict, none seen before in this scenario. */
    private List<String> tokens(int count) {
        List<String> fresh = new ArrayList<>();
        while (fresh.size() < count) {
            String token = HexFormat.of().toHexDigits(random.nextInt());
            if (tokens.add(token)) {
                fresh.add(token);
            }
        }
        return fresh;
    }
}
