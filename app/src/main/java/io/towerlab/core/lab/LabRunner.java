package io.towerlab.core.lab;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.train.ExperimentData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Owns a lab session and the dataset it trains on, and carries out lesson steps on it. Its methods
 * are called from one worker at a time (the desktop lab runs one background job at a time); settings
 * changed meanwhile from another thread are parked with {@link #offer} and applied before the next batch.
 */
public final class LabRunner implements AutoCloseable {
    private final AtomicReference<LabSettings> pending = new AtomicReference<>();
    private LabSession session;
    /** Loaded datasets by path and reading options, so that lessons on the same sample load it once. */
    private final java.util.Map<java.util.List<Object>, ExperimentData.Loaded> loaded = new java.util.HashMap<>();

    /** Parks settings to apply before the next batch (from any thread). */
    public void offer(LabSettings settings) {
        pending.set(settings);
    }

    /** Starts again from fresh weights with these settings, loading the dataset when it changed. */
    public synchronized void reset(LabSettings settings, Path dataset) throws DataFormatException {
        pending.set(null);
        var d = settings.spec().data();
        java.util.List<Object> key = java.util.Arrays.asList(dataset, d.format(), d.split(), d.minRelevance());
        ExperimentData.Loaded data = loaded.get(key);
        if (data == null) {
            data = ExperimentData.load(d, dataset);
            loaded.put(key, data);
        }
        close();
        session = new LabSession(settings.spec(), data.dataset(), data.split());
    }

    public synchronized boolean started() {
        return session != null;
    }

    /**
     * Trains {@code batches} batches, handing each to {@code each}; stops early when {@code keepGoing}
     * turns false or the loss stops being finite. Returns the changes made by parked settings, if any.
     */
    public synchronized List<String> run(int batches, java.util.function.BooleanSupplier keepGoing, Consumer<LabBatch> each) {
        List<String> changes = applyPending();
        for (int i = 0; i < batches && keepGoing.getAsBoolean(); i++) {
            List<String> more = applyPending();
            if (!more.isEmpty()) {
                changes = more;
            }
            LabBatch batch = session.step();
            each.accept(batch);
            if (!Float.isFinite(batch.loss())) {
                break;
            }
        }
        return changes;
    }

    private List<String> applyPending() {
        LabSettings next = pending.getAndSet(null);
        return next == null ? List.of() : session.reconfigure(next.spec());
    }

    public synchronized MetricSet evaluate() {
        applyPending();
        return session.evaluate();
    }

    /**
     * Carries out a lesson step: fresh weights when it says so (or nothing was trained yet), its settings,
     * at most {@code maxBatches} of its batches, and its evaluation; returns the metrics it measured, or
     * {@code previous} when it measures none.
     */
    public MetricSet perform(LessonPlayer.Run run, Path dataset, int maxBatches,
                             java.util.function.BooleanSupplier keepGoing, Consumer<LabBatch> each,
                             MetricSet previous) throws DataFormatException {
        if (run.reset() || !started()) {
            reset(run.settings(), dataset);
        } else {
            offer(run.settings());
        }
        run(Math.min(run.batches(), maxBatches), keepGoing, each);
        return run.evaluate() ? evaluate() : previous;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
