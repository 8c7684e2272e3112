package io.towerlab.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The desktop app's settings, saved as JSON between sessions.
 *
 * @param zoom           the font scale for projectors, 1 = normal
 * @param store          the run store folder, or null for the default
 * @param recentDatasets most recent first, without duplicates
 * @param threads        default CPU threads for training, 0 = automatic
 * @param device         default device: auto, cpu, gpu or gpu:N
 * @param maxConcurrentRuns how many queued runs train at once
 * @param cpuFallback    train on the CPU when the GPU asked for cannot be used (otherwise the run fails, saying why)
 */
public record Settings(ThemeMode theme, double zoom, String store, List<String> recentDatasets, int threads,
                       String device, int maxConcurrentRuns, boolean cpuFallback) {
    public static final int MAX_RECENT = 8;
    public static final double MIN_ZOOM = 0.75;
    public static final double MAX_ZOOM = 2.5;

    public Settings {
        theme = theme == null ? ThemeMode.SYSTEM : theme;
        zoom = zoom <= 0 ? 1 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        recentDatasets = recentDatasets == null ? List.of() : List.copyOf(recentDatasets);
        device = device == null ? "auto" : device;
        maxConcurrentRuns = Math.max(1, maxConcurrentRuns);
    }

    /** Settings without the CPU fallback. */
    public Settings(ThemeMode theme, double zoom, String store, List<String> recentDatasets, int threads,
                    String device, int maxConcurrentRuns) {
        this(theme, zoom, store, recentDatasets, threads, device, maxConcurrentRuns, false);
    }

    public static Settings defaults() {
        return new Settings(ThemeMode.SYSTEM, 1, null, List.of(), 0, "auto", 1);
    }

    public Settings withTheme(ThemeMode value) {
        return new Settings(value, zoom, store, recentDatasets, threads, device, maxConcurrentRuns, cpuFallback);
    }

    public Settings withZoom(double value) {
        return new Settings(theme, value, store, recentDatasets, threads, device, maxConcurrentRuns, cpuFallback);
    }

    public Settings withCpuFallback(boolean value) {
        return new Settings(theme, zoom, store, recentDatasets, threads, device, maxConcurrentRuns, value);
    }

    /** Puts {@code dataset} first in the recent list, dropping its older entry and the oldest beyond the cap. */
    public Settings withRecent(Path dataset) {
        String key = dataset.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>();
        list.add(key);
        recentDatasets.stream().filter(p -> !p.equals(key)).limit(MAX_RECENT - 1).forEach(list::add);
        return new Settings(theme, zoom, store, list, threads, device, maxConcurrentRuns, cpuFallback);
    }

    /** The recent list without datasets that no longer exist. */
    public Settings pruned() {
        List<String> present = recentDatasets.stream().filter(p -> Files.exists(Path.of(p))).toList();
        return new Settings(theme, zoom, store, present, threads, device, maxConcurrentRuns, cpuFallback);
    }
}
