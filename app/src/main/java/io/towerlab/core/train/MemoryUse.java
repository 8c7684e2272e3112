package io.towerlab.core.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The process's memory at one moment: the Java heap (used, committed, maximum) and, where the
 * operating system reports it, the resident set. The engine's tensors live outside the heap, so
 * {@link #nativeBytes()} (resident minus committed heap) is what the engine, the JVM's own
 * structures and thread stacks take; -Xmx does not bound it. It is a lower bound: committed heap
 * pages that were never touched are not resident.
 *
 * @param heapUsed      bytes of heap in use
 * @param heapCommitted bytes of heap reserved from the system
 * @param heapMax       the heap's ceiling (-Xmx)
 * @param resident      the resident set in bytes, or -1 where unknown (only Linux reports it here)
 */
public record MemoryUse(long heapUsed, long heapCommitted, long heapMax, long resident) {
    private static final Path STATUS = Path.of("/proc/self/status");

    /** The memory in use now. */
    public static MemoryUse now() {
        Runtime runtime = Runtime.getRuntime();
        return new MemoryUse(runtime.totalMemory() - runtime.freeMemory(), runtime.totalMemory(),
                runtime.maxMemory(), residentBytes());
    }

    /** Resident memory outside the committed heap, or -1 where the resident set is unknown. */
    public long nativeBytes() {
        return resident < 0 ? -1 : Math.max(0, resident - heapCommitted);
    }

    /** For example "heap 1,204 of 4,096 MB, process resident 2,310 MB (812 MB outside the heap)". */
    public String describe() {
        String heap = String.format(Locale.ROOT, "heap %,d of %,d MB", heapUsed >> 20, heapMax >> 20);
        return resident < 0 ? heap + ", native memory unknown" : heap + String.format(Locale.ROOT,
                ", process resident %,d MB (%,d MB outside the heap)", resident >> 20, nativeBytes() >> 20);
    }

    /** The largest resident set of the process so far (Linux's high-water mark), or -1 where unknown. */
    public static long peakResidentBytes() {
        return statusField("VmHWM:");
    }

    private static long residentBytes() {
        return statusField("VmRSS:");
    }

    private static long statusField(String field) {
        try {
            return parseField(Files.readAllLines(STATUS), field);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A kB field such as {@code VmRSS:} of a Linux {@code /proc/<pid>/status}, in bytes, or -1. */
    static long parseField(List<String> statusLines, String field) {
        for (String line : statusLines) {
            if (line.startsWith(field)) {
                String[] parts = line.substring(field.length()).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024;
            }
        }
        return -1;
    }
}
