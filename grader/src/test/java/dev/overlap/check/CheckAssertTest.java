package dev.overlap.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every assertion of the kit ends its message the same way: the check's hint, after a sentence or after a list. */
@DisplayName("The base of the kit's assertions joins the hint to the message")
class CheckAssertTest {

    /** A sentence, or a list of problems, as the kit's assertions write them. */
    private static final class WordsAssert extends CheckAssert<WordsAssert, String> {

        WordsAssert(String words) {
            super(words, WordsAssert.class);
        }

        WordsAssert isShort() {
            if (actual.length() > 3) {
                failWithMessage("It said \"%s\", %d letters; at most 3 fit.%s", actual, actual.length(), hint());
            }
            return this;
        }

        WordsAssert hasNoSpaces() {
            if (actual.contains(" ")) {
                failWithMessage("It said:\n  - %s%s", String.join("\n  - ", actual.split(" ")), hintOnItsOwnLine());
            }
            return this;
        }
    }

    @Test
    @DisplayName("the hint ends the last sentence, after a space")
    void hintEndsTheSentence() {
        assertThatThrownBy(() -> new WordsAssert("hello").hint("Say less.").isShort())
                .isInstanceOf(AssertionError.class)
                .hasMessage("It said \"hello\", 5 letters; at most 3 fit. Say less.");
    }

    @Test
    @DisplayName("after a list, the hint takes a line of its own")
    void hintFollowsAList() {
        assertThatThrownBy(() -> new WordsAssert("a b").hint("Say one word.").hasNoSpaces())
                .hasMessage("It said:\n  - a\n  - b\nSay one word.");
    }

    @Test
    @DisplayName("without a hint the message ends with what was measured")
    void noHintNoTrailingText() {
        assertThatThrownBy(() -> new WordsAssert("hello").isShort())
                .hasMessage("It said \"hello\", 5 letters; at most 3 fit.");
        assertThatThrownBy(() -> new WordsAssert("a b").hasNoSpaces()).hasMessage("It said:\n  - a\n  - b");
    }
}
