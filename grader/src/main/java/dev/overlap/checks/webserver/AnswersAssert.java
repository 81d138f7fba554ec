package dev.overlap.checks.webserver;

import static dev.overlap.checks.webserver.Conversation.shown;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.measure.Latencies;
import dev.overlap.workload.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assertions on what the server answered its clients, one answer per line asked: that they came, in time, and that
 * each is what its line asked for. Each fails with a sentence for the learner, then the check's hint.
 */
final class AnswersAssert extends CheckAssert<AnswersAssert, List<Answer>> {

    private AnswersAssert(List<Answer> answers) {
        super(answers, AnswersAssert.class);
    }

    static AnswersAssert assertThat(List<Answer> answers) {
        return new AnswersAssert(answers);
    }

    /** At least {@code expected} of the clients, {@code who} in the message, got an answer. */
    AnswersAssert allAnswered(int expected, String who) {
        long answered = actual.stream().filter(Answer::answered).count();
        if (answered < expected) {
            Optional<String> problem = actual.stream().flatMap(answer -> answer.problem().stream()).findFirst();
            failWithMessage("Only %d of %d %s got an answer; the others were still waiting after %d s without any"
                    + " new answer%s.%s", answered, expected, who, WebServerChecks.STALL.toSeconds(),
                    problem.map(text -> " (" + text + ")").orElse(""), hint());
        }
        return this;
    }

    /** Each answer is what its line asked for: the words after ECHO, or the SUM of two numbers. */
    AnswersAssert repliedAsAsked() {
        for (Answer answer : actual) {
            String reply = answer.reply().orElseThrow();
            if (!reply.equals(expectedFor(answer.line()))) {
                failWithMessage("To \"%s\" the server answered \"%s\"; expected \"%s\".%s", answer.line(),
                        shown(reply), expectedFor(answer.line()), hint());
            }
        }
        return this;
    }

    /** The answers are these replies, in order. */
    AnswersAssert repliedWith(List<String> expected) {
        for (int i = 0; i < expected.size(); i++) {
            String reply = actual.get(i).reply().orElseThrow();
            if (!expected.get(i).equals(reply)) {
                failWithMessage("To \"%s\" the server answered \"%s\"; expected \"%s\".%s", shown(actual.get(i).line()),
                        shown(reply), shown(expected.get(i)), hint());
            }
        }
        return this;
    }

    /**
     * Every one of {@code clients} quick clients was answered before a slow REPORT, asked for by another client that
     * stayed connected, was ready ({@code reportEndNanos}): a quick command waits for nothing, so a server that serves
     * its clients independently answers it long before; one that serves a client at a time answers none. No clock
     * threshold is needed.
     */
    AnswersAssert answeredWhileAReportWaited(int clients, Duration report, long reportEndNanos) {
        Latencies latencies = new Latencies(actual.stream().filter(Answer::answered).map(Answer::latency).toList())
                .record("quick_latency");
        long during = actual.stream().filter(answer -> answer.answered() && answer.answeredNanos() < reportEndNanos)
                .count();
        Evidence.record("quick_clients", clients);
        Evidence.record("answered", actual.stream().filter(Answer::answered).count());
        Evidence.record("answered_during_report", during);
        Evidence.record("slow_report_ms", report.toMillis());
        if (during < clients) {
            failWithMessage("While one client waited %d ms for a REPORT and then stayed connected, %d of %d quick"
                    + " clients got their answer before the report was ready%s. A quick command waits for nothing, so"
                    + " it should be answered at once, whatever another client is doing.%s", report.toMillis(),
                    during, clients, afterwards(latencies), hint());
        }
        allAnswered(clients, "quick clients").repliedAsAsked();
        Evidence.note(String.format(Locale.ROOT, "All %d quick clients were answered while a REPORT was being prepared:"
                + " median %d ms, 95th percentile %d ms, worst %d ms.", clients, latencies.median().toMillis(),
                latencies.percentile(95).toMillis(), latencies.worst().toMillis()));
        return this;
    }

    private static String afterwards(Latencies latencies) {
        return latencies.count() == 0
                ? ", and none at all while the slow client stayed connected"
                : String.format(Locale.ROOT, "; the %d answered took %d ms at median, %d ms at worst",
                        latencies.count(), latencies.median().toMillis(), latencies.worst().toMillis());
    }

    private static String expectedFor(String line) {
        String[] words = line.split(" ", 2);
        if (words[0].equals("SUM")) {
            String[] numbers = words[1].split(" ");
            return Long.toString(Long.parseLong(numbers[0]) + Long.parseLong(numbers[1]));
        }
        return words[1];
    }
}
