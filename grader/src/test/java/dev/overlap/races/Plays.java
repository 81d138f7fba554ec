package dev.overlap.races;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What happened when one check's scenario was played several times against one implementation. */
final class Plays {

    /** One play of a check's scenario: returns when the implementation passed, throws when it failed. */
    @FunctionalInterface
    interface Play {
        void run(int seed) throws Exception;
    }

    private final List<Optional<Throwable>> outcomes;

    private Plays(List<Optional<Throwable>> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** Plays {@code play} {@code times} times, each with a seed of its own, one after another. */
    static Plays of(int times, Play play) {
        List<Optional<Throwable>> outcomes = new ArrayList<>();
        for (int seed = 1; seed <= times; seed++) {
            try {
                play.run(seed);
                outcomes.add(Optional.empty());
            } catch (Exception | AssertionError failure) {
                outcomes.add(Optional.of(failure));
            }
        }
        return new Plays(outcomes);
    }

    int times() {
        return outcomes.size();
    }

    /** How each failed play failed, in order. */
    List<Throwable> failures() {
        return outcomes.stream().flatMap(Optional::stream).toList();
    }
}
