package io.towerlab.core.train;

/**
 * Receives what a training run reports, on the training thread. Plain Java: a desktop adapter
 * coalesces these before touching any UI. Every method has an empty default.
 */
public interface TrainingListener {

    default void onStart(TrainingStart start) {
    }

    default void onBatch(BatchEvent event) {
    }

    default void onEpoch(EpochEvent event) {
    }

    default void onMessage(String message) {
    }

    default void onFinish(TrainingResult result) {
    }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };
}
