package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A list difference names the usual cause")
class ListDifferenceTest {

    @Test
    @DisplayName("nulls point at two threads writing one slot")
    void nulls() {
        assertThat(ListDifference.describe(Arrays.asList(1L, null, 3L), List.of(1L, 2L, 3L)))
                .startsWith("1 of its elements are null");
    }

    @Test
    @DisplayName("missing elements point at lost additions")
    void lost() {
        assertThat(ListDifference.describe(List.of(1L, 3L), List.of(1L, 2L, 3L)))
                .startsWith("1 expected element(s) are missing and 0 are extra");
    }

    @Test
    @DisplayName("the same elements in another order name the first difference")
    void order() {
        assertThat(ListDifference.describe(List.of(1L, 3L, 2L), List.of(1L, 2L, 3L)))
                .contains("first difference is at index 1 (3 instead of 2)");
    }
}
