package io.towerlab.core.train;

import java.util.Locale;

/**
 * A device the engine can train on, with its memory, for the app's device list.
 *
 * @param id          the name a spec's {@code training.device} uses: {@code cpu} or {@code gpu:N}
 * @param description e.g. "CPU, 8 cores" or "GPU 0, compute capability 8.6"
 * @param totalBytes  the device's memory (RAM for the CPU), or -1 when unknown
 * @param usedBytes   memory in use, or -1 when unknown
 */
public record ComputeDevice(String id, String description, long totalBytes, long usedBytes) {

    /** One line for the app: "gpu:0 — GPU 0, compute capability 8.6 — 1.2 of 24.0 GB in use". */
    public String line() {
        String memory = totalBytes < 0 ? "memory unknown"
                : usedBytes < 0 ? gigabytes(totalBytes) + " GB"
                : gigabytes(usedBytes) + " of " + gigabytes(totalBytes) + " GB in use";
        return id + " — " + description + " — " + memory;
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e9);
    }
}
