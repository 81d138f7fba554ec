package dev.overlap.checks.webserver;

import static org.assertj.core.api.Assertions.fail;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.ThreadCensus;
import dev.overlap.measure.ThreadCensus.LiveThread;
import dev.overlap.workload.Volley;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After the submission's {@code close()}: did every thread running its code end, did {@code serve()}
 * return, and did every client see its connection end? Threads are found in a thread dump, which
 * lists virtual threads too, so a conversation left waiting on a socket is found whoever started it.
 */
record LeakVerdict(RunningServer server, Volley idle, int clients, Set<String> threadsBefore, Duration windDown) {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration HANG_UP = Duration.ofMillis(500);

    void judge() throws InterruptedException {
        long deadline = System.nanoTime() + windDown.toNanos();
        List<LiveThread> left = leftBehind();
        while ((!left.isEmpty() || !server.serveReturned()) && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            left = leftBehind();
        }
        long stillOpen = idle.stillOpenAfter(HANG_UP);
        Evidence.record("connections", idle.open().size());
        Evidence.record("threads_left_running_your_code", left.size());
        Evidence.record("connections_left_open", stillOpen);
        Evidence.record("serve_returned", server.serveReturned());
        // How many clients were served at once is task 1's business; this check needs one conversation to end.
        if (idle.open().isEmpty()) {
            fail("No client was answered before the server was closed, so there was no conversation for close() to"
                    + " end: serve the clients first (task 1).");
        }
        if (!left.isEmpty()) {
            Evidence.finding(Finding.THREADS_OUTLIVE_THE_CALL);
            fail("%d s after close(), %d thread(s) still ran your code: %s. close() must end every conversation:"
                    + " closing the listener stops new clients, but a conversation blocked reading from its client"
                    + " never notices. Keep the open sockets and close them too; a virtual thread blocked on a socket"
                    + " wakes with an exception when the socket is closed.",
                    windDown.toSeconds(), left.size(), left.stream().limit(3).map(LiveThread::describe)
                            .collect(Collectors.joining("; ")));
        }
        if (stillOpen > 0) {
            fail("After close(), %d of %d clients were still connected: close() must hang up on every client.",
                    stillOpen, idle.open().size());
        }
        if (!server.serveReturned()) {
            fail("serve() had not returned %d s after close(). It should return once the listener is closed.",
                    windDown.toSeconds());
        }
        Evidence.note("After close(), all " + idle.open().size() + " of the " + clients + " connections answered"
                + " before it were closed, and no thread ran the server's code any more.");
    }

    private List<LiveThread> leftBehind() {
        return ThreadCensus.runningCodeOf("webserver").stream().filter(thread -> !threadsBefore.contains(thread.id()))
                .toList();
    }
}
