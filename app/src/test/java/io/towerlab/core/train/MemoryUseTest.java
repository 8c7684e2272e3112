package io.towerlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryUseTest {

    @Test
    void residentSetIsReadFromTheVmRssLineInKilobytes() {
        assertThat(MemoryUse.parseField(List.of("Name:\tjava", "VmPeak:\t 9000 kB", "VmRSS:\t  2048 kB"), "VmRSS:"))
                .isEqualTo(2048L * 1024);
        assertThat(MemoryUse.parseField(List.of("Name:\tjava"), "VmRSS:")).isEqualTo(-1);
    }

    @Test
    void nativeMemoryIsResidentMinusCommittedHeapAndUnknownWithoutAResidentSet() {
        MemoryUse known = new MemoryUse(100L << 20, 300L << 20, 4096L << 20, 1000L << 20);
        MemoryUse unknown = new MemoryUse(100L << 20, 300L << 20, 4096L << 20, -1);

        assertThat(known.nativeBytes()).isEqualTo(700L << 20);
        assertThat(known.describe()).isEqualTo("heap 100 of 4,096 MB, process resident 1,000 MB (700 MB outside the heap)");
        assertThat(unknown.nativeBytes()).isEqualTo(-1);
        assertThat(unknown.describe()).endsWith("native memory unknown");
    }
}
