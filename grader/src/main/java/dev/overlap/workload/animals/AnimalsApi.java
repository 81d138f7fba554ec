package dev.overlap.workload.animals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The Animals API of the seed texts as a real HTTP service on loopback: JSON over HTTP/1.1, a fixed
 * latency per request, and a limit of requests in flight beyond which it answers 429 with Retry-After.
 * Every request is recorded in its {@link #log()}, including the ones refused and the ones whose
 * client went away before the answer.
 *
 * <pre>{@code
 * try (AnimalsApi api = AnimalsApi.serving(animals).latency(Duration.ofMillis(30)).limit(4).start()) {
 *     ... api.uri() ...
 *     api.log().peakInFlight();
 * }
 * }</pre>
 *
 * <p>Each connection is served on a virtual thread, so the service itself never limits how many
 * requests wait at once: only {@link Builder#limit(int)} does, and it says so with a 429.
 *
 * <p>It speaks the little HTTP it needs itself (GET, keep-alive) rather than through the JDK's
 * {@code com.sun.net.httpserver}, whose handlers cannot see a client leave before they write the
 * answer: proving that a submission cancelled its requests needs exactly that.
 */
public final class AnimalsApi implements AutoCloseable {

    private final Routes routes;
    private final Duration latency;
    private final Map<String, Duration> extraLatency;
    private final int limit;
    private final RequestLog log = new RequestLog();
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread acceptor;
    private volatile boolean closing;

    private AnimalsApi(Builder builder) throws IOException {
        this.routes = new Routes(builder.animals, builder.failing);
        this.latency = builder.latency;
        this.extraLatency = builder.extraLatency;
        this.limit = builder.limit;
        this.server = new ServerSocket(builder.port, 512, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofVirtual().name("animals-api-" + server.getLocalPort()).start(this::accept);
    }

    /** Every resource a client of {@code animals} needs: the list, then each animal. */
    public static List<String> resources(List<ZooAnimal> animals) {
        List<String> resources = new ArrayList<>();
        resources.add("/animals");
        animals.forEach(animal -> resources.add("/animals/" + animal.id()));
        return resources;
    }

    /** How many rounds of {@code limit} requests at once {@code animals} animals take at best, after the list. */
    public static int rounds(int animals, int limit) {
        return (animals + limit - 1) / limit;
    }

    /** Starts describing a service that serves these animals. */
    public static Builder serving(List<ZooAnimal> animals) {
        return new Builder(animals);
    }

    /** The service's root, for example {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    public URI animalUri(String id) {
        return uri().resolve("animals/" + id);
    }

    public RequestLog log() {
        return log;
    }

    public Duration latency() {
        return latency;
    }

    /** How long a request for {@code path} waits: the latency, plus what the builder added for that animal. */
    Duration latencyOf(String path) {
        return latency.plus(extraLatency.getOrDefault(path, Duration.ZERO));
    }

    public int limit() {
        return limit;
    }

    Routes routes() {
        return routes;
    }

    boolean closing() {
        return closing;
    }

    /** Stops accepting, drops every open connection and waits for their threads to end. */
    @Override
    public void close() {
        closing = true;
        try {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the Animals API", e);
        }
        connections.shutdownNow();
        connections.close();
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closing) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                try {
                    connections.submit(() -> serve(socket));
                } catch (RejectedExecutionException e) {
                    socket.close();
                }
            } catch (IOException e) {
                // Closing the server socket ends the loop; any other failure is one client's problem.
            }
        }
    }

    private void serve(Socket socket) {
        try {
            new Connection(socket, this).run();
        } finally {
            open.remove(socket);
        }
    }

    /** How the service behaves; {@link #start()} binds it to a free loopback port unless told one. */
    public static final class Builder {
        private final List<ZooAnimal> animals;
        private Duration latency = Duration.ZERO;
        private Map<String, Duration> extraLatency = Map.of();
        private int limit = Integer.MAX_VALUE;
        private boolean failing;
        private int port;

        private Builder(List<ZooAnimal> animals) {
            this.animals = List.copyOf(animals);
        }

        /** How long every admitted request waits before it is answered. */
        public Builder latency(Duration latency) {
            this.latency = Objects.requireNonNull(latency);
            return this;
        }

        /**
         * Each animal answers {@code step} sooner than the one listed before it: requests sent in the order of the
         * list come back in the reverse order, so a report that keeps answers as they arrive is out of order every
         * time, not only when the network happens to shuffle them.
         */
        public Builder laterAnimalsSooner(Duration step) {
            Map<String, Duration> extra = new HashMap<>();
            for (int i = 0; i < animals.size(); i++) {
                extra.put("/animals/" + animals.get(i).id(), step.multipliedBy(animals.size() - 1L - i));
            }
            this.extraLatency = Map.copyOf(extra);
            return this;
        }

        /** The most requests in flight at once; one more is answered 429 at once. */
        public Builder limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the limit must be at least 1, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        /** A service that is down: every animal request is answered 503 after the latency. */
        public Builder failing() {
            this.failing = true;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public AnimalsApi start() throws IOException {
            return new AnimalsApi(this);
        }
    }
}
