package dev.overlap.checks.webserver;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.ThreadCensus;
import dev.overlap.measure.ThreadCensus.LiveThread;
import dev.overlap.measure.ThreadOrigins;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The platform threads running the server's code right now, from a thread dump, as a sentence for a learner whose
 * server left clients waiting: a pool's threads all taken by clients who stay connected are the reason, and their
 * names say so ({@code pool-1-thread-7}).
 */
final class ServerThreads {

    private static final int SHOWN = 3;

    private ServerThreads() {
    }

    /** A sentence ending with a space, to put before a check's hint; empty when no pool's threads run the code. */
    static String pooled() {
        List<String> pool = ThreadCensus.runningCodeOf("webserver").stream().filter(thread -> !thread.virtual())
                .map(LiveThread::name).filter(ThreadOrigins::pooled).toList();
        if (pool.isEmpty()) {
            return "";
        }
        String names = pool.stream().limit(SHOWN).collect(Collectors.joining(", "))
                + (pool.size() > SHOWN ? " and " + (pool.size() - SHOWN) + " more" : "");
        Evidence.finding(Finding.FIXED_POOL);
        return pool.size() + " platform threads of a thread pool (" + names + ") were busy with your server's"
                + " conversations: a pool of " + pool.size() + " threads talks with at most " + pool.size()
                + " clients at once, and while those stay connected every other client waits at the door. ";
    }
}
