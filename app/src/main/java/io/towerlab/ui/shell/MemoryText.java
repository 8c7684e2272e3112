package io.towerlab.ui.shell;

import io.towerlab.core.train.MemoryUse;
import java.util.Locale;

/**
 * The status bar's short memory reading, for example "heap 1.1 / 4.0 GB · process 2.4 GB": the heap in
 * use against its ceiling, and the process's resident memory, which adds what lives outside the heap
 * (the engine's tensors). The resident set rather than "resident minus heap": heap pages reserved but
 * never touched are not resident, so that difference reads 0 while the heap is mostly empty.
 */
final class MemoryText {
    private static final long GB = 1L << 30;

    private MemoryText() {
    }

    /** The heap in use against its ceiling, and the resident set where the system reports it. */
    static String of(MemoryUse memory) {
        long max = memory.heapMax();
        String heap = "heap " + number(memory.heapUsed(), max) + " / " + number(max, max) + unit(max);
        long resident = memory.resident();
        return resident < 0 ? heap : heap + " · process " + number(resident, resident) + unit(resident);
    }

    /** Bytes in the unit of {@code scale}: GB with one decimal from a gigabyte on, else whole MB. */
    private static String number(long bytes, long scale) {
        return scale >= GB ? String.format(Locale.ROOT, "%.1f", bytes / (double) GB)
                : String.format(Locale.ROOT, "%,d", bytes >> 20);
    }

    private static String unit(long scale) {
        return scale >= GB ? " GB" : " MB";
    }
}
