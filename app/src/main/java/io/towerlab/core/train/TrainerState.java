package io.towerlab.core.train;

/**
 * Where a training loop stands at the end of an epoch, beyond its weights and optimizer moments:
 * enough to continue it exactly. The data order of the next epoch is not stored; it is derived
 * from the seed and the epoch number.
 *
 * @param epoch            the last finished epoch
 * @param step             the optimizer step counter (Adam's bias correction depends on it)
 * @param bestValue        the best validation value of the selection metric so far (NaN when none)
 * @param recorded         whether a validation round has been recorded
 * @param roundsWithoutImprovement early stopping's counter
 */
public record TrainerState(int epoch, long step, int bestEpoch, double bestValue, boolean recorded,
                           int roundsWithoutImprovement) {
}
