package dev.overlap.workload;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Many clients of a line server at once, each on a virtual thread of its own: a thousand platform
 * threads would cost a megabyte of stack each and break the exercise's limit on platform threads.
 *
 * <p>Clients arrive a few dozen at a time, so the server's queue of connections not yet accepted
 * (50 by default) never overflows: the kernel would drop the connection request and the client would
 * try again a second later, which measures the kernel's patience, not the server.
 *
 * <p>The swarm waits while answers keep coming. When no answer arrives for {@code stall}, it stops
 * waiting: a server that serves one client at a time makes the rest wait for as long as that client
 * stays, and a check must end.
 */
public final class ClientSwarm {

    /** How many clients may be connecting and waiting for their first answer at the same moment. */
    public static final int ARRIVING_AT_ONCE = 32;

    private final int port;
    private final Duration patience;
    private final Duration stall;

    private ClientSwarm(int port, Duration patience, Duration stall) {
        this.port = port;
        this.patience = patience;
        this.stall = stall;
    }

    /**
     * @param patience how long one client waits for one reply
     * @param stall    how long the swarm waits without any new answer before it gives up on the rest
     */
    public static ClientSwarm against(int port, Duration patience, Duration stall) {
        return new ClientSwarm(port, patience, stall);
    }

    /**
     * Connects one client per line, each sending its line and reading the reply. With {@code keepOpen}
     * every client that got an answer stays connected in the returned volley; otherwise it says QUIT
     * and hangs up, as a quick visitor does.
     */
    public Volley connectAndAsk(List<String> lines, boolean keepOpen) throws InterruptedException {
        Semaphore arriving = new Semaphore(ARRIVING_AT_ONCE);
        LinkedBlockingQueue<Answer> arrived = new LinkedBlockingQueue<>();
        List<LineClient> open = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < lines.size(); i++) {
                int client = i;
                clients.submit(() -> arrived.add(firstAnswer(client, lines.get(client), keepOpen, arriving, open)));
            }
            List<Answer> answers = collect(arrived, lines.size());
            // Clients still waiting are interrupted: a virtual thread blocked on a socket closes it and returns.
            clients.shutdownNow();
            return new Volley(answers, List.copyOf(open), this);
        }
    }

    /** Each of these open clients sends its line at the same time; the answers come back in client order. */
    List<Answer> askEach(List<LineClient> clients, List<String> lines) throws InterruptedException {
        LinkedBlockingQueue<Answer> arrived = new LinkedBlockingQueue<>();
        try (ExecutorService talking = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients.size(); i++) {
                int client = i;
                talking.submit(() -> arrived.add(ask(client, clients.get(client), lines.get(client))));
            }
            List<Answer> answers = collect(arrived, clients.size());
            talking.shutdownNow();
            return answers;
        }
    }

    private Answer firstAnswer(int client, String line, boolean keepOpen, Semaphore arriving, List<LineClient> open)
            throws InterruptedException {
        arriving.acquire();
        long start = System.nanoTime();
        LineClient connection = null;
        try {
            connection = LineClient.connect(port, patience);
            String reply = connection.ask(line);
            long answered = System.nanoTime();
            if (keepOpen) {
                open.add(connection);
            } else {
                connection.send("QUIT");
                connection.close();
            }
            return new Answer(client, line, Optional.of(reply), Optional.empty(), start, answered);
        } catch (IOException e) {
            if (connection != null) {
                connection.close();
            }
            return new Answer(client, line, Optional.empty(), Optional.of(e.toString()), start, System.nanoTime());
        } finally {
            arriving.release();
        }
    }

    private static Answer ask(int client, LineClient connection, String line) {
        long start = System.nanoTime();
        try {
            String reply = connection.ask(line);
            return new Answer(client, line, Optional.of(reply), Optional.empty(), start, System.nanoTime());
        } catch (IOException e) {
            return new Answer(client, line, Optional.empty(), Optional.of(e.toString()), start, System.nanoTime());
        }
    }

    /** Takes answers as they arrive until all are in or none came for {@code stall}; sorted by client. */
    private List<Answer> collect(LinkedBlockingQueue<Answer> arrived, int expected) throws InterruptedException {
        List<Answer> answers = new ArrayList<>(expected);
        while (answers.size() < expected) {
            Answer next = arrived.poll(stall.toNanos(), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            answers.add(next);
        }
        answers.sort((a, b) -> Integer.compare(a.client(), b.client()));
        return answers;
    }
}
