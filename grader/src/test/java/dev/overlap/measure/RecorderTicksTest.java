package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A recorder counts small pieces of work per thread and measures CPU time")
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
