package dev.overlap.checks.threetasks;

import org.junit.jupiter.api.Test;

class ThreeTasksChecks {

    @Test
    void everythingPasses() {
    }
}
