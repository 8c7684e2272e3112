package io.towerlab.core.train;

/** One optimizer step has finished. */
public record BatchEvent(int epoch, long step, int batchInEpoch, int batchesInEpoch, float loss,
                         double examplesPerSecond) {
}
