package dev.overlap.checks.webserver;

import static org.assertj.core.api.Assertions.fail;

import dev.overlap.workload.Answer;
import dev.overlap.workload.ClientSwarm;
import dev.overlap.workload.LineClient;
import dev.overlap.workload.Volley;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The grader's side of talking with the front desk, and what it expects to hear back. */
final class Conversation {

    private static final Duration HANG_UP = Duration.ofSeconds(2);
    private static final int SHOWN = 40;

    private Conversation() {
    }

    static List<String> askInTurn(LineClient client, List<String> lines) throws IOException {
        List<String> replies = new ArrayList<>();
        for (String line : lines) {
            replies.add(client.ask(line));
        }
        return replies;
    }

    static void expectReplies(List<String> lines, List<String> expected, List<String> actual) {
        for (int i = 0; i < lines.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("To \"%s\" the server answered \"%s\"; expected \"%s\".", cut(lines.get(i)), cut(actual.get(i)),
                        cut(expected.get(i)));
            }
        }
    }

    static void expectErrors(LineClient client, List<String> badLines) throws IOException {
        for (String line : badLines) {
            String reply = client.ask(line);
            if (!reply.startsWith("ERROR ")) {
                fail("To the bad line \"%s\" the server answered \"%s\"; expected ERROR and a reason.", cut(line),
                        cut(reply));
            }
        }
    }

    static void expectGoodbye(LineClient client) throws IOException {
        String reply = client.ask("QUIT");
        if (!reply.equals("BYE")) {
            fail("To QUIT the server answered \"%s\"; expected BYE.", cut(reply));
        }
        if (!client.hungUpWithin(HANG_UP)) {
            fail("After BYE the server kept the connection open for %d s; it should hang up.", HANG_UP.toSeconds());
        }
    }

    /** A new client is still answered: the server survived whatever came before. */
    static void expectStillServing(int port) throws IOException {
        try (LineClient client = LineClient.connect(port, WebServerChecks.PATIENCE)) {
            String reply = client.ask("PING");
            if (!reply.equals("PONG")) {
                fail("A new client said PING and got \"%s\"; expected PONG.", cut(reply));
            }
        } catch (IOException e) {
            throw new IOException("a new client got no answer to PING after the earlier clients: " + e.getMessage()
                    + ". The server must keep serving whatever one client does.", e);
        }
    }

    /** Each of these answers came, and each is what the line asked for (ECHO or SUM). */
    static void expectAnswered(List<Answer> answers, int expected, String who, String hint) {
        long answered = answers.stream().filter(Answer::answered).count();
        if (answered < expected) {
            Optional<String> problem = answers.stream().flatMap(answer -> answer.problem().stream()).findFirst();
            fail("Only %d of %d %s got an answer; the others were still waiting after %d s without any new answer"
                    + "%s. %s", answered, expected, who, WebServerChecks.STALL.toSeconds(),
                    problem.map(text -> " (" + text + ")").orElse(""), hint);
        }
        for (Answer answer : answers) {
            String reply = answer.reply().orElseThrow();
            if (!reply.equals(expectedFor(answer.line()))) {
                fail("To \"%s\" the server answered \"%s\"; expected \"%s\".", answer.line(), cut(reply),
                        expectedFor(answer.line()));
            }
        }
    }

    /** Clients ask for every topic at the same time; returns the replies in topic order. */
    static List<String> reportsAtOnce(RecordedArchive archive, List<String> topics) throws Exception {
        try (RunningServer server = RunningServer.start(archive);
             Volley volley = ClientSwarm.against(server.port(), WebServerChecks.PATIENCE, WebServerChecks.STALL)
                     .connectAndAsk(topics.stream().map(topic -> "REPORT " + topic).toList(), false)) {
            if (volley.answered() < topics.size()) {
                throw new IOException(volley.answered() + " of " + topics.size() + " clients got their report");
            }
            return volley.answers().stream().map(answer -> answer.reply().orElseThrow()).toList();
        }
    }

    private static String expectedFor(String line) {
        String[] words = line.split(" ", 2);
        if (words[0].equals("SUM")) {
            String[] numbers = words[1].split(" ");
            return Long.toString(Long.parseLong(numbers[0]) + Long.parseLong(numbers[1]));
        }
        return words[1];
    }

    private static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }
}
