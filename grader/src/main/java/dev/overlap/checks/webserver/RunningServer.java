package dev.overlap.checks.webserver;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import webserver.Archive;
import webserver.LineServer;

/**
 * The submission's server, serving on a thread of the grader's while a check runs. Closing it also
 * waits a while for {@code serve()} to return, so one check's server does not linger into the next.
 */
final class RunningServer implements AutoCloseable {

    private static final Duration WIND_DOWN = Duration.ofSeconds(2);

    private final LineServer server;
    private final Thread serving;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private RunningServer(LineServer server) {
        this.server = server;
        this.serving = Thread.ofVirtual().name("grader-serve").start(this::serve);
    }

    static RunningServer start(Archive archive) throws IOException {
        return new RunningServer(new LineServer(0, archive));
    }

    int port() {
        return server.port();
    }

    /** Calls the submission's {@code close()}, as a check that grades closing does. */
    void closeServer() throws IOException {
        server.close();
    }

    boolean serveReturned() {
        return !serving.isAlive();
    }

    /** What {@code serve()} threw, if it ended by throwing. */
    Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            serving.join(WIND_DOWN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        try {
            server.serve();
        } catch (IOException | RuntimeException e) {
            failure.set(e);
        }
    }
}
