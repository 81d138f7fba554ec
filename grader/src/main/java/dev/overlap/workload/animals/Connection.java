package dev.overlap.workload.animals;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Serves the requests of one client connection, one after another, as HTTP/1.1 keep-alive does.
 *
 * <p>The latency is spent reading the client's socket with a time limit rather than sleeping: a
 * client that cancels its request closes the connection, the read returns at that moment, and the
 * request is recorded as abandoned when it happened, not when the answer would have been due.
 */
final class Connection implements Runnable {

    private final Socket socket;
    private final AnimalsApi service;

    Connection(Socket socket, AnimalsApi service) {
        this.socket = socket;
        this.service = service;
    }

    @Override
    public void run() {
        try (socket) {
            PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            Optional<RequestHead> request;
            while ((request = RequestHead.read(in)).isPresent()) {
                if (!serve(request.get(), in, out) || !request.get().keepAlive()) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client broke the connection or sent something that is not HTTP: nobody is left to answer.
        }
    }

    /** Answers one request; false when the client went away and the connection is over. */
    private boolean serve(RequestHead request, PushbackInputStream in, OutputStream out) throws IOException {
        long start = System.nanoTime();
        if (!service.log().admit(service.limit())) {
            Answer refusal = Answer.tooManyRequests(service.limit());
            service.log().refuse(record(request, refusal.status(), Outcome.REFUSED, start));
            refusal.writeTo(out, request.keepAlive());
            return true;
        }
        Answer answer = service.routes().answer(request);
        boolean stayed = clientWaits(in, start + service.latencyOf(request.path()).toNanos());
        if (service.closing()) {
            return false;
        }
        Outcome outcome = stayed ? answer.outcome() : Outcome.ABANDONED;
        service.log().finish(record(request, answer.status(), outcome, start));
        if (stayed) {
            answer.writeTo(out, request.keepAlive());
        }
        return stayed;
    }

    /** Waits until {@code deadline}; false as soon as the client closes or resets the connection. */
    private boolean clientWaits(PushbackInputStream in, long deadline) {
        try {
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
                try {
                    int next = in.read();
                    if (next < 0) {
                        return false;
                    }
                    // The client already sent its next request; keep it and wait out the latency blind.
                    in.unread(next);
                    Thread.sleep(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                    return true;
                } catch (SocketTimeoutException e) {
                    // The latency went by with the client still waiting: check the clock again.
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                socket.setSoTimeout(0);
            } catch (IOException e) {
                // The socket is already closed; the next read on it fails and ends the connection.
            }
        }
    }

    private ServedRequest record(RequestHead request, int status, Outcome outcome, long start) {
        return new ServedRequest(request.method(), request.target(), status, outcome, start, System.nanoTime(),
                socket.getPort());
    }
}
