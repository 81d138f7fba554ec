package dev.overlap.races;

import static dev.overlap.races.PlaysAssert.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The tests of one race-catching check: its scenario, played {@value #TIMES} times against each implementation, a
 * test per implementation. A racy one must fail every play with feedback that names its race; the reference must
 * pass every play.
 */
final class RaceTests<I> {

    private static final int TIMES = 20;

    /** One play of the check's scenario: returns when the implementation passed, throws when it failed. */
    @FunctionalInterface
    interface Scenario<I> {
        void play(I implementation, RandomGenerator random) throws Exception;
    }

    private final Scenario<I> scenario;
    private final List<DynamicTest> tests = new ArrayList<>();

    private RaceTests(Scenario<I> scenario) {
        this.scenario = scenario;
    }

    static <I> RaceTests<I> of(Scenario<I> scenario) {
        return new RaceTests<>(scenario);
    }

    /** A test, named {@code name}, that every play of {@code racy} fails with feedback that contains {@code race}. */
    RaceTests<I> racy(String name, I racy, String race) {
        tests.add(DynamicTest.dynamicTest(name, () -> assertThat(plays(racy)).failedEveryTime(race)));
        return this;
    }

    /** A test, named {@code name}, that every play of {@code reference} passes. */
    RaceTests<I> reference(String name, I reference) {
        tests.add(DynamicTest.dynamicTest(name, () -> assertThat(plays(reference)).passedEveryTime()));
        return this;
    }

    Stream<DynamicTest> tests() {
        return tests.stream();
    }

    private Plays plays(I implementation) {
        return Plays.of(TIMES, seed -> scenario.play(implementation, new SplittableRandom(seed)));
    }
}
