package dev.overlap.checks.webserver;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.workload.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the server answered is judged in sentences: what came, what was expected, then the check's hint. */
@DisplayName("The server's answers are judged in sentences")
class AnswersAssertTest {

    @Test
    @DisplayName("a wrong reply quotes the line, the reply and the expected reply, cutting a long one")
    void wrongReply() {
        String longReply = "x".repeat(50);
        List<Answer> answers = List.of(replied(0, "ECHO hi", "hi", 1), replied(1, "REPORT a", longReply, 1));

        assertThatThrownBy(() -> AnswersAssert.assertThat(answers).hint("Keep the protocol.")
                .repliedWith(List.of("hi", "a report")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("To \"REPORT a\" the server answered \"" + "x".repeat(40) + "... (50 characters)\";"
                        + " expected \"a report\". Keep the protocol.");
    }

    @Test
    @DisplayName("a reply is checked against what its line asked for: ECHO's words, SUM's total")
    void repliesAsAsked() {
        assertThatCode(() -> AnswersAssert.assertThat(List.of(replied(0, "SUM 2 3", "5", 1),
                replied(1, "ECHO a b", "a b", 1))).repliedAsAsked()).doesNotThrowAnyException();
        assertThatThrownBy(() -> AnswersAssert.assertThat(List.of(replied(0, "SUM 2 3", "23", 1))).repliedAsAsked())
                .hasMessage("To \"SUM 2 3\" the server answered \"23\"; expected \"5\".");
    }

    @Test
    @DisplayName("clients left waiting are counted, with the first problem a client met, then the hint")
    void unanswered() {
        List<Answer> answers = List.of(replied(0, "ECHO a", "a", 1),
                new Answer(1, "ECHO b", Optional.empty(), Optional.of("read timed out"), 0, 1));

        assertThatThrownBy(() -> AnswersAssert.assertThat(answers).hint("Serve each client on its own thread.")
                .allAnswered(2, "quick clients"))
                .hasMessage("Only 1 of 2 quick clients got an answer; the others were still waiting after 2 s without"
                        + " any new answer (read timed out). Serve each client on its own thread.");
    }

    @Test
    @DisplayName("quick clients answered only after the slow report are counted against the report's end")
    void answeredAfterTheReport() {
        long reportEnd = Duration.ofMillis(100).toNanos();
        List<Answer> answers = List.of(replied(0, "ECHO a", "a", reportEnd + 1), replied(1, "ECHO b", "b", 5));

        assertThatThrownBy(() -> AnswersAssert.assertThat(answers).hint("Serve each client on its own thread.")
                .answeredWhileAReportWaited(2, Duration.ofMillis(100), reportEnd))
                .hasMessageStartingWith("While one client waited 100 ms for a REPORT and then stayed connected, 1 of 2"
                        + " quick clients got their answer before the report was ready; the 2 answered took")
                .hasMessageEndingWith("whatever another client is doing. Serve each client on its own thread.");
    }

    private static Answer replied(int client, String line, String reply, long answeredNanos) {
        return new Answer(client, line, Optional.of(reply), Optional.empty(), 0, answeredNanos);
    }
}
