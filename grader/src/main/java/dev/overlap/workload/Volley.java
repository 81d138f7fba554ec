package dev.overlap.workload;

import dev.overlap.measure.Latencies;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The outcome of a swarm's clients each asking one line: the answers that came (in client order;
 * clients the swarm gave up on have none) and the connections still open, if they were kept.
 * Closing the volley hangs up every kept connection.
 */
public final class Volley implements AutoCloseable {

    private final List<Answer> answers;
    private final List<LineClient> open;
    private final ClientSwarm swarm;

    Volley(List<Answer> answers, List<LineClient> open, ClientSwarm swarm) {
        this.answers = answers;
        this.open = open;
        this.swarm = swarm;
    }

    /** Every answer that came back, replied or failed, in client order. */
    public List<Answer> answers() {
        return answers;
    }

    public long answered() {
        return answers.stream().filter(Answer::answered).count();
    }

    /** The connections kept open, one per answered client. */
    public List<LineClient> open() {
        return open;
    }

    /** The latencies of the answered clients, from before they connected to their reply. */
    public Latencies latencies() {
        return new Latencies(answers.stream().filter(Answer::answered).map(Answer::latency).toList());
    }

    /**
     * How many kept connections the server had not hung up on within {@code wait}, all waited for together: a
     * connection it closed ends at once, and only the ones still open share one wait, however many they are.
     */
    public long stillOpenAfter(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        return open.stream().filter(client -> !client.hungUpWithin(Duration.ofNanos(deadline - System.nanoTime())))
                .count();
    }

    /** Every kept connection asks one more line at the same time, {@code line.apply(i)} for the i-th. */
    public List<Answer> askAllAgain(IntFunction<String> line) throws InterruptedException {
        return swarm.askEach(open, IntStream.range(0, open.size()).mapToObj(line).toList());
    }

    @Override
    public void close() {
        open.forEach(LineClient::close);
    }
}
