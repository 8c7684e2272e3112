package io.towerlab.core.train;

/** A run has built its model and is about to train. */
public record TrainingStart(String device, int threads, long parameters, int trainRows, int batchesPerEpoch,
                            int epochs) {
}
