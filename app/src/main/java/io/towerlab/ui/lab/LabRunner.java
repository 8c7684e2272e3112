package io.towerlab.ui.lab;

import io.towerlab.core.data.DataFormatException;
import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.lab.LabBatch;
import io.towerlab.core.lab.LabSession;
import io.towerlab.core.lab.LabSettings;
import io.towerlab.core.train.ExperimentData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Owns the lab's training session off the UI thread. Every method is called from a background job,
 * one job at a time (the view model never starts a second while one runs), so the session is used by
 * one thread at a time. Settings changed from the UI are parked in {@link #offer} and applied before
 * the next batch.
 */
final class LabRunner implements AutoCloseable {
    private final AtomicReference<LabSettings> pending = new AtomicReference<>();
    private LabSession session;
    private ExperimentData.Loaded data;

    /** Parks settings to apply before the next batch (from any thread). */
    void offer(LabSettings settings) {
        pending.set(settings);
    }

    /** Starts again from fresh weights with these settings, loading the dataset when it changed. */
    synchronized void reset(LabSettings settings, Path dataset) throws DataFormatException {
        pending.set(null);
        if (data == null || !data.path().equals(dataset)) {
            data = ExperimentData.load(settings.spec().data(), dataset);
        }
        close();
        session = new LabSession(settings.spec(), data.dataset(), data.split());
    }

    synchronized boolean started() {
        return session != null;
    }

    /**
     * Trains {@code batches} batches, handing each to {@code each}; stops early when {@code keepGoing}
     * turns false or the loss stops being finite. Returns the changes made by parked settings, if any.
     */
    synchronized List<String> run(int batches, java.util.function.BooleanSupplier keepGoing, Consumer<LabBatch> each) {
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

    synchronized MetricSet evaluate() {
        applyPending();
        return session.evaluate();
    }

    synchronized float temperature() {
        return session == null ? Float.NaN : session.temperature();
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
