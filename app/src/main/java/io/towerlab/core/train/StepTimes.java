package io.towerlab.core.train;

/**
 * Where the time of training steps went, summed over a run, in seconds: batch preparation on the
 * Java side (sampling, id mapping, encoder inputs; overlapped with the engine when prefetching),
 * the time the engine waited for a batch, and the engine's forward (with the loss), backward and
 * optimizer phases.
 */
public record StepTimes(long steps, double prepare, double waitForBatch, double forward, double backward,
                        double optimizer) {

    public double engine() {
        return forward + backward + optimizer;
    }

    /** The Java side's share of the wall time of the steps (waiting for batches plus event handling). */
    public double javaShare(double stepsWallSeconds) {
        return stepsWallSeconds <= 0 ? 0 : Math.max(0, stepsWallSeconds - engine()) / stepsWallSeconds;
    }
}
