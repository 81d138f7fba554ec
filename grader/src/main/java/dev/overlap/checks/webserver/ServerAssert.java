package dev.overlap.checks.webserver;

import static dev.overlap.checks.webserver.Conversation.shown;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.ThreadCensus;
import dev.overlap.measure.ThreadCensus.LiveThread;
import dev.overlap.workload.LineClient;
import dev.overlap.workload.Volley;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assertions on the submission's server as a whole: it keeps serving whatever one client did, and its {@code close()}
 * ends everything it started. Each records what it measured, then fails with a sentence for the learner.
 */
final class ServerAssert extends CheckAssert<ServerAssert, RunningServer> {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration HANG_UP = Duration.ofMillis(500);

    private ServerAssert(RunningServer server) {
        super(server, ServerAssert.class);
    }

    static ServerAssert assertThat(RunningServer server) {
        return new ServerAssert(server);
    }

    /** A new client is still answered: the server survived whatever came before. */
    ServerAssert stillServesANewClient() throws IOException {
        try (LineClient client = LineClient.connect(actual.port(), WebServerChecks.PATIENCE)) {
            String reply = client.ask("PING");
            if (!reply.equals("PONG")) {
                failWithMessage("A new client said PING and got \"%s\"; expected PONG.%s", shown(reply), hint());
            }
        } catch (IOException e) {
            throw new IOException("a new client got no answer to PING after the earlier clients: " + e.getMessage()
                    + ". The server must keep serving whatever one client does.", e);
        }
        return this;
    }

    /**
     * After the submission's {@code close()}, within {@code windDown}: no thread that runs its code and was not
     * running before ({@code threadsBefore}, by id) is left, {@code serve()} returned, and every client of
     * {@code idle}, the conversations answered before, saw its connection end. Threads are found in a thread dump,
     * which lists virtual threads too, so a conversation left waiting on a socket is found whoever started it.
     */
    ServerAssert endedEveryConversation(Volley idle, int clients, Set<String> threadsBefore, Duration windDown)
            throws InterruptedException {
        long deadline = System.nanoTime() + windDown.toNanos();
        List<LiveThread> left = leftBehind(threadsBefore);
        while ((!left.isEmpty() || !actual.serveReturned()) && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            left = leftBehind(threadsBefore);
        }
        long stillOpen = idle.stillOpenAfter(HANG_UP);
        Evidence.record("connections", idle.open().size());
        Evidence.record("threads_left_running_your_code", left.size());
        Evidence.record("connections_left_open", stillOpen);
        Evidence.record("serve_returned", actual.serveReturned());
        // How many clients were served at once is task 1's business; this check needs one conversation to end.
        if (idle.open().isEmpty()) {
            failWithMessage("No client was answered before the server was closed, so there was no conversation for"
                    + " close() to end: serve the clients first (task 1).%s", hint());
        }
        if (!left.isEmpty()) {
            Evidence.finding(Finding.THREADS_OUTLIVE_THE_CALL);
            failWithMessage("%d s after close(), %d thread(s) still ran your code: %s. close() must end every"
                    + " conversation: closing the listener stops new clients, but a conversation blocked reading from"
                    + " its client never notices. Keep the open sockets and close them too; a virtual thread blocked"
                    + " on a socket wakes with an exception when the socket is closed.%s", windDown.toSeconds(),
                    left.size(), left.stream().limit(3).map(LiveThread::describe).collect(Collectors.joining("; ")),
                    hint());
        }
        if (stillOpen > 0) {
            failWithMessage("After close(), %d of %d clients were still connected: close() must hang up on every"
                    + " client.%s", stillOpen, idle.open().size(), hint());
        }
        if (!actual.serveReturned()) {
            failWithMessage("serve() had not returned %d s after close(). It should return once the listener is"
                    + " closed.%s", windDown.toSeconds(), hint());
        }
        Evidence.note("After close(), all " + idle.open().size() + " of the " + clients + " connections answered"
                + " before it were closed, and no thread ran the server's code any more.");
        return this;
    }

    private static List<LiveThread> leftBehind(Set<String> threadsBefore) {
        return ThreadCensus.runningCodeOf("webserver").stream()
                .filter(thread -> !threadsBefore.contains(thread.id())).toList();
    }
}
