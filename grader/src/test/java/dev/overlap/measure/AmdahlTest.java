package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Amdahl's ideal uses N = min(cores, tasks) and the serial share")
class AmdahlTest {

    @Test
    @DisplayName("with no serial share the ideal is N")
    void noSerialShare() {
        assertThat(Amdahl.of(2, 4, 0).ideal()).isEqualTo(2.0);
        assertThat(Amdahl.of(16, 4, 0).ideal()).isEqualTo(4.0);
    }

    @Test
    @DisplayName("a serial share lowers the ideal")
    void serialShare() {
        assertThat(Amdahl.of(2, 4, 0.5).ideal()).isCloseTo(4.0 / 3, within(1e-9));
    }

    @Test
    @DisplayName("one core or one task has an ideal of 1")
    void oneWorker() {
        assertThat(Amdahl.of(1, 4, 0).ideal()).isEqualTo(1.0);
        assertThat(Amdahl.of(8, 1, 0).ideal()).isEqualTo(1.0);
    }
}
