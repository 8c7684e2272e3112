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
 * structures and thread stacks take; -Xmx does not bound it.
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

    /** For example "heap 1,204 of 4,096 MB, native 812 MB". */
    public String describe() {
        String heap = String.format(Locale.ROOT, "heap %,d of %,d MB", heapUsed >> 20, heapMax >> 20);
        return resident < 0 ? heap + ", native unknown" : heap + String.format(Locale.ROOT, ", native %,d MB",
                nativeBytes() >> 20);
    }

    private static long residentBytes() {
        try {
            return parseResident(Files.readAllLines(STATUS));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The {@code VmRSS} line of a Linux {@code /proc/<pid>/status}, in bytes, or -1. */
    static long parseResident(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024;
            }
        }
        return -1;
    }
}
