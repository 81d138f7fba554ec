package dev.overlap.checks.webserver;

import dev.overlap.workload.Answer;
import dev.overlap.workload.ClientSwarm;
import dev.overlap.workload.LineClient;
import dev.overlap.workload.Volley;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The grader's side of talking with the front desk, and how a line of it is shown in feedback. */
final class Conversation {

    private static final int SHOWN = 40;

    private Conversation() {
    }

    /** One client asks each line after the other; the answers are in the order of the lines. */
    static List<Answer> askInTurn(LineClient client, List<String> lines) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (String line : lines) {
            long start = System.nanoTime();
            String reply = client.ask(line);
            answers.add(new Answer(0, line, Optional.of(reply), Optional.empty(), start, System.nanoTime()));
        }
        return answers;
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

    /** A line or reply as feedback quotes it: whole when short, else its start and its length. */
    static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
    }
}
