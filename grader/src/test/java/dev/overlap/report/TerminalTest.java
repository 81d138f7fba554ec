package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    @DisplayName("text is broken at spaces into indented lines no wider than asked, keeping every word")
    void wrapsAtSpaces() {
        String feedback = "It took 612 ms (median of 5 runs) against 600 ms for the sequential baseline in the same"
                + " runs: no faster (0.98x). Needed at most 300 ms.";

        assertThat(Terminal.wrap(feedback, 40, "  ")).containsExactly(
                "  It took 612 ms (median of 5 runs)",
                "  against 600 ms for the sequential",
                "  baseline in the same runs: no faster",
                "  (0.98x). Needed at most 300 ms.");
    }

    @Test
    @DisplayName("a word longer than a line keeps a line of its own, and a paragraph keeps its own indent")
    void keepsLongWordsAndIndents() {
        String text = "Reports: /home/learner/course/target/grade/grade.json\n  - one\n";

        assertThat(Terminal.wrap(text, 24, "")).containsExactly("Reports:",
                "/home/learner/course/target/grade/grade.json", "  - one");
    }
}
