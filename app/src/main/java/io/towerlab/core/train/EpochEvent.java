package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;

/**
 * An epoch has finished: its mean training loss, the validation loss and metrics (null when not
 * evaluated this epoch), and whether it is the best so far by the selection metric.
 */
public record EpochEvent(int epoch, long step, double trainLoss, Double validLoss, MetricSet validMetrics,
                         boolean best, double seconds) {
}
