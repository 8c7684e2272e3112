package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;

/**
 * A run has built its model and is about to train; {@code validBaseline} holds the popularity
 * baseline's metrics on the validation split (null without one), to draw beside the model's.
 */
public record TrainingStart(String device, int threads, long parameters, int trainRows, int batchesPerEpoch,
                            int epochs, MetricSet validBaseline) {
}
