package dev.overlap.check;

import dev.overlap.evidence.Evidence;
import org.assertj.core.api.AbstractAssert;

/**
 * The base of the kit's assertions, AssertJ's way. A failure message says what was measured, what was expected and
 * why; the check's hint, what to try next, ends it, and {@link TaskPointer} adds where in the README to read. This
 * class decides how the hint joins the message, so every assertion reads the same: after the last sentence, or on a
 * line of its own after a list of problems. Each assertion records its own figures into the check's evidence: two
 * assertions of one check that measure the same name both report theirs ({@link Evidence}).
 *
 * @param <SELF>   the assertion itself, for chaining
 * @param <ACTUAL> what it asserts on
 */
public abstract class CheckAssert<SELF extends CheckAssert<SELF, ACTUAL>, ACTUAL> extends AbstractAssert<SELF, ACTUAL> {

    private String whatToTry = "";

    protected CheckAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        Evidence.assertionBegins();
    }

    /** What to try when this assertion fails, in the learner's words; it ends the failure message. */
    public SELF hint(String whatToTry) {
        this.whatToTry = whatToTry;
        return myself;
    }

    /** The hint as the message's last sentence: after a space, or nothing when the check gave none. */
    protected String hint() {
        return whatToTry.isEmpty() ? "" : " " + whatToTry;
    }

    /** The hint on a line of its own, for a message that ends with a list. */
    protected String hintOnItsOwnLine() {
        return whatToTry.isEmpty() ? "" : "\n" + whatToTry;
    }
}
