package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A recorder counts small pieces of work per thread, measures CPU time and knows what each call did")
class RecorderTicksTest {

    @Test
    @DisplayName("pieces counted on two threads become one call per thread")
    void onePerThread() throws InterruptedException {
        Recorder recorder = new Recorder();
        Thread other = Thread.ofPlatform().name("other").start(() -> LongStream.range(0, 500).forEach(i ->
                recorder.tick("piece")));
        LongStream.range(0, 300).forEach(i -> recorder.tick("piece"));
        other.join();

        assertThat(recorder.ticksByThread()).containsEntry("other", 500L)
                .containsEntry(Thread.currentThread().getName(), 300L);
        assertThat(recorder.calls()).hasSize(2)
                .anySatisfy(call -> assertThat(call.label()).isEqualTo("piece (500 pieces)"));
    }

    @Test
    @DisplayName("a thread that counted pieces, paused and counted again is busy in two stretches of its span")
    void busyStretches() throws InterruptedException {
        Recorder recorder = new Recorder();
        LongStream.range(0, 100).forEach(i -> recorder.tick("piece"));
        Thread.sleep(Duration.ofMillis(60));
        LongStream.range(0, 100).forEach(i -> recorder.tick("piece"));

        Call call = recorder.calls().getFirst();
        assertThat(call.activity()).isEqualTo(Activity.COMPUTING);
        assertThat(call.busy()).hasSize(2);
        assertThat(call.busy().getFirst().startNanos()).isEqualTo(call.startNanos());
        assertThat(call.busy().getLast().endNanos()).isEqualTo(call.endNanos());
        assertThat(call.busy().getLast().startNanos() - call.busy().getFirst().endNanos())
                .as("the pause between the stretches, in ns, less up to a bucket of time on either side")
                .isGreaterThanOrEqualTo(Duration.ofMillis(60).toNanos() - WorkShares.startOf(2));
    }

    @Test
    @DisplayName("a call is recorded as a wait, as work on a core, or as a cook's attention, as the workload says")
    void activities() throws InterruptedException {
        Recorder recorder = new Recorder();
        recorder.record("wait", () -> null);
        recorder.recordCpu("compute", RecorderTicksTest::spin);
        recorder.record("attend", Activity.ATTENDING, () -> null);

        assertThat(recorder.calls()).extracting(Call::label, Call::activity).containsExactlyInAnyOrder(
                tuple("wait", Activity.WAITING),
                tuple("compute", Activity.COMPUTING),
                tuple("attend", Activity.ATTENDING));
    }

    @Test
    @DisplayName("CPU time is measured on a platform thread and unknown on a virtual one")
    void cpuTime() throws InterruptedException {
        Recorder recorder = new Recorder();
        recorder.recordCpu("platform", RecorderTicksTest::spin);
        Thread.ofVirtual().start(() -> recorder.recordCpu("virtual", RecorderTicksTest::spin)).join();

        assertThat(recorder.cpuUses()).hasSize(2)
                .anySatisfy(use -> {
                    assertThat(use.label()).isEqualTo("platform");
                    assertThat(use.cpuTime()).hasValueSatisfying(time -> assertThat(time).isPositive());
                })
                .anySatisfy(use -> {
                    assertThat(use.label()).isEqualTo("virtual");
                    assertThat(use.cpuTime()).isEmpty();
                });
        assertThat(recorder.calls()).hasSize(2);
    }

    private static long spin() {
        return LongStream.range(0, 2_000_000).map(i -> i * i % 7).sum();
    }
}
