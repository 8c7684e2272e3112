package io.towerlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.train.MemoryUse;
import org.junit.jupiter.api.Test;

class MemoryTextTest {
    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    @Test
    void showsTheHeapAgainstItsCeilingAndTheWholeProcess() {
        MemoryUse memory = new MemoryUse(1126 * MB, 2 * GB, 4 * GB, 2 * GB + 1331 * MB);

        assertThat(MemoryText.of(memory)).isEqualTo("heap 1.1 / 4.0 GB · process 3.3 GB");
    }

    @Test
    void smallAmountsAreInMegabytes() {
        MemoryUse memory = new MemoryUse(180 * MB, 256 * MB, 512 * MB, 256 * MB + 95 * MB);

        assertThat(MemoryText.of(memory)).isEqualTo("heap 180 / 512 MB · process 351 MB");
    }

    @Test
    void leavesOutTheProcessWhereTheSystemDoesNotReportIt() {
        MemoryUse memory = new MemoryUse(300 * MB, GB, 4 * GB, -1);

        assertThat(MemoryText.of(memory)).isEqualTo("heap 0.3 / 4.0 GB");
    }
}
