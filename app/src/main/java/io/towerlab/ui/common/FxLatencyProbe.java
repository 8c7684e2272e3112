package io.towerlab.ui.common;

import io.towerlab.core.train.MemoryUse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the desktop app's responsiveness as a person feels it: a task is posted to the FX thread
 * every 10 ms and the delay until it runs is recorded; every window of seconds the median, the 99th
 * percentile and the maximum are logged with the memory in use. Started with
 * {@code -Dtowerlab.fxProbe=SECONDS} (the window), for measuring the app with large data loaded
 * and a run training; off by default.
 */
public final class FxLatencyProbe {
    private static final Logger LOG = LoggerFactory.getLogger(FxLatencyProbe.class);
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final UiDispatcher ui;
    private final long windowNanos;

    FxLatencyProbe(UiDispatcher ui, double windowSeconds) {
        this.ui = ui;
        this.windowNanos = (long) (windowSeconds * 1e9);
    }

    /** Starts a probe when the system property asks for one. */
    public static void startIfRequested(UiDispatcher ui) {
        String window = System.getProperty("towerlab.fxProbe");
        if (window == null) {
            return;
        }
        try {
            new FxLatencyProbe(ui, Math.max(1, Double.parseDouble(window))).start();
        } catch (NumberFormatException e) {
            LOG.warn("-Dtowerlab.fxProbe={} is not a number of seconds; the FX latency probe is off", window);
        }
    }

    void start() {
        Thread thread = new Thread(this::run, "fx-latency-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        double[] latencies = new double[(int) (windowNanos / PERIOD_NANOS) + 16];
        while (!Thread.currentThread().isInterrupted()) {
            int[] count = new int[1];
            long end = System.nanoTime() + windowNanos;
            while (System.nanoTime() < end) {
                long posted = System.nanoTime();
                ui.post(() -> {
                    synchronized (count) {
                        if (count[0] < latencies.length) {
                            latencies[count[0]++] = (System.nanoTime() - posted) / 1e6;
                        }
                    }
                });
                LockSupport.parkNanos(PERIOD_NANOS);
            }
            double[] window;
            synchronized (count) {
                window = Arrays.copyOf(latencies, count[0]);
                count[0] = latencies.length;
            }
            LOG.info(summary(window) + "; " + MemoryUse.now().describe());
        }
    }

    /** For example "FX-thread latency over 998 probes: median 0.4 ms, p99 12.0 ms, max 40.1 ms". */
    static String summary(double[] latencies) {
        if (latencies.length == 0) {
            return "FX-thread latency: no probe ran in the window (the FX thread is blocked)";
        }
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "FX-thread latency over %d probes: median %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length, sorted[sorted.length / 2], sorted[(int) Math.floor(0.99 * (sorted.length - 1))],
                sorted[sorted.length - 1]);
    }
}
