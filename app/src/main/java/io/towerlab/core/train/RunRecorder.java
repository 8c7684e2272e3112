package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.store.RunFolder;
import io.towerlab.core.store.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * Writes what a run reports into its folder: the epoch losses and validation metrics to
 * {@code metrics.jsonl}, the batch loss every {@code batchEvery} steps, and a heartbeat in
 * {@code status.json} at every epoch (and at most every few seconds between), so a crashed run can
 * be told from a running one. It remembers the best validation round's metrics for the status.
 */
final class RunRecorder implements TrainingListener {
    private static final long HEARTBEAT_MILLIS = 5000;
    private final RunFolder folder;
    private final int batchEvery;
    private long lastHeartbeat;
    private int epoch;
    private long step;
    private int bestEpoch;
    private Map<String, Double> bestMetrics;

    RunRecorder(RunFolder folder, int batchEvery, int bestEpoch, Map<String, Double> bestMetrics) {
        this.folder = folder;
        this.batchEvery = Math.max(1, batchEvery);
        this.bestEpoch = bestEpoch;
        this.bestMetrics = bestMetrics;
    }

    Map<String, Double> bestMetrics() {
        return bestMetrics;
    }

    @Override
    public void onBatch(BatchEvent event) {
        step = event.step();
        epoch = event.epoch();
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
        step = event.step();
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
            if (event.best()) {
                bestEpoch = event.epoch();
                if (metrics != null) {
                    bestMetrics = metrics.values();
                }
            }
            heartbeat();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heartbeat() throws IOException {
        folder.writeStatus(new RunStatus("RUNNING", null, Instant.now().toString(), epoch, bestEpoch, null, null,
                step, bestMetrics));
    }
}
