package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes what a run reports into its folder: the epoch losses and validation metrics to
 * {@code metrics.jsonl}, the batch loss every {@code batchEvery} steps, and a heartbeat in
 * {@code status.json} at every epoch (and at most every few seconds between), so a crashed run can
 * be told from a running one.
 */
final class RunRecorder implements TrainingListener {
    private static final long HEARTBEAT_MILLIS = 5000;
    private final RunFolder folder;
    private final int batchEvery;
    private long lastHeartbeat;
    private int epoch;

    RunRecorder(RunFolder folder, int batchEvery) {
        this.folder = folder;
        this.batchEvery = Math.max(1, batchEvery);
    }

    @Override
    public void onBatch(BatchEvent event) {
        try {
            if (event.step() % batchEvery == 0) {
                folder.appendMetric(event.step(), event.epoch(), "train/batch_loss", event.loss());
            }
            long now = System.currentTimeMillis();
            if (now - lastHeartbeat > HEARTBEAT_MILLIS) {
                heartbeat();
                lastHeartbeat = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onEpoch(EpochEvent event) {
        epoch = event.epoch();
        try {
            folder.appendMetric(event.step(), event.epoch(), "train/loss", event.trainLoss());
            if (event.validLoss() != null) {
                folder.appendMetric(event.step(), event.epoch(), "valid/loss", event.validLoss());
            }
            MetricSet metrics = event.validMetrics();
            if (metrics != null) {
                for (var e : metrics.values().entrySet()) {
                    folder.appendMetric(event.step(), event.epoch(), "valid/" + e.getKey(), e.getValue());
                }
            }
            heartbeat();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heartbeat() throws IOException {
        folder.writeStatus(new RunStatus("RUNNING", null, Instant.now().toString(), epoch, null, null, null));
    }
}
