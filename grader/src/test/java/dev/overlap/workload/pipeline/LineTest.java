package dev.overlap.workload.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.measure.Recorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pipeline fixture counts what sits between stages and catches lost or repeated items")
class LineTest {

    private static final Job JOB = Job.uniform(20, Duration.ofMillis(2), Duration.ofMillis(1), 3, 2);

    @Test
    @DisplayName("a producer that runs ahead of the workers is measured at the edge")
    void producerRunningAheadIsMeasured() throws Exception {
        Line line = new Line(new Recorder(), JOB);
        line.enter();
        List<String> everything = new ArrayList<>();
        for (Optional<String> item = line.next(); item.isPresent(); item = line.next()) {
            everything.add(item.get());
        }
        for (String item : everything) {
            line.collect(line.work(item));
        }
        line.leave();

        assertThat(line.peakBeforeWork()).isEqualTo(20).isGreaterThan(JOB.mostBetweenStages());
        assertThat(line.problems()).isEmpty();
        assertThat(line.stageThreads()).isEmpty();
    }

    @Test
    @DisplayName("the kit's staged reference keeps backpressure and overlaps its stages")
    void stagedReferenceKeepsBackpressure() throws Exception {
        Line line = LineReferences.staged(new Line(new Recorder(), JOB));
        line.leave();

        assertThat(line.problems()).isEmpty();
        assertThat(line.peakBeforeWork()).isLessThanOrEqualTo(JOB.mostBetweenStages());
        assertThat(line.peakBeforeCollect()).isLessThanOrEqualTo(JOB.mostBetweenStages());
        assertThat(line.collectedWhileWorking()).isPositive();
        assertThat(line.stageThreads()).hasSize(JOB.workers() + 2);
    }

    @Test
    @DisplayName("items worked twice, results never collected, and a shared collector are reported")
    void lostAndRepeatedItemsAreReported() throws Exception {
        Line line = new Line(new Recorder(), Job.uniform(2, Duration.ZERO, Duration.ofMillis(20), 1, 1));
        String first = line.next().orElseThrow();
        line.work(first);
        line.work(first);
        Thread other = Thread.ofVirtual().start(() -> collect(line, "done(item-1)"));
        collect(line, "done(item-1)");
        other.join();
        line.leave();

        assertThat(line.problems()).hasSize(5)
                .anySatisfy(problem -> assertThat(problem).contains("worked on twice"))
                .anySatisfy(problem -> assertThat(problem).contains("two threads at once"))
                .anySatisfy(problem -> assertThat(problem).contains("collected twice"))
                .anySatisfy(problem -> assertThat(problem).contains("never reached a worker"))
                .anySatisfy(problem -> assertThat(problem).contains("1 result(s) were collected"));
    }

    @Test
    @DisplayName("a watched channel refuses sends once closed, drains, then answers empty")
    void watchedChannelCloses() throws Exception {
        WatchedChannel<String> channel = new WatchedChannel<>(2);
        channel.send("a");
        channel.close();

        assertThatThrownBy(() -> channel.send("b")).isInstanceOf(IllegalStateException.class);
        assertThat(channel.receive()).contains("a");
        assertThat(channel.receive()).isEmpty();
        assertThat(channel.handedOut()).containsExactly("a");
    }

    @Test
    @DisplayName("a watched channel's timed receive gives up after its timeout")
    void watchedChannelTimesOut() throws Exception {
        WatchedChannel<String> channel = new WatchedChannel<>(1);
        long start = System.nanoTime();

        assertThat(channel.receive(Duration.ofMillis(20))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    private static void collect(Line line, String result) {
        try {
            line.collect(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
