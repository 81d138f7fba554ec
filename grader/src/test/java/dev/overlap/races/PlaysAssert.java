package dev.overlap.races;

import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the plays of a race-catching check's scenario: failed every time, or passed every time. */
final class PlaysAssert extends AbstractAssert<PlaysAssert, Plays> {

    private PlaysAssert(Plays plays) {
        super(plays, PlaysAssert.class);
    }

    static PlaysAssert assertThat(Plays plays) {
        return new PlaysAssert(plays);
    }

    /** Every play failed the check, with feedback that contains {@code phrase}: the name of the race. */
    PlaysAssert failedEveryTime(String phrase) {
        List<Throwable> failures = actual.failures();
        if (failures.size() != actual.times()) {
            failWithMessage("The racy implementation passed %d of %d plays; it must fail every one.",
                    actual.times() - failures.size(), actual.times());
        }
        List<Throwable> unnamed = failures.stream().filter(failure -> !(failure instanceof AssertionError)
                || String.valueOf(failure.getMessage()).indexOf(phrase) < 0).toList();
        if (!unnamed.isEmpty()) {
            failWithMessage("%d of %d plays failed without naming the race (\"%s\"); the first said: %s",
                    unnamed.size(), actual.times(), phrase, unnamed.getFirst());
        }
        return this;
    }

    /** No play failed. */
    PlaysAssert passedEveryTime() {
        List<Throwable> failures = actual.failures();
        if (!failures.isEmpty()) {
            failWithMessage("The reference failed %d of %d plays; it must pass every one. The first failure: %s",
                    failures.size(), actual.times(), failures.getFirst());
        }
        return this;
    }
}
