package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;

/**
 * The outcome of a run: its status and message, the best epoch, the test metrics of the best
 * weights beside the popularity baseline's on the same split, and where time went.
 *
 * @param metrics  test metrics, or null when the run did not get that far
 * @param baseline the popularity baseline on the same test targets
 */
public record TrainingResult(TrainingStatus status, String message, int epochsRun, int bestEpoch, long steps,
                             MetricSet metrics, MetricSet baseline, double trainSeconds, double evalSeconds,
                             double examplesPerSecond, String device, StepTimes stepTimes) {
}
