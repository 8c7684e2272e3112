package io.towerlab.core.train;

/** How a run ended. */
public enum TrainingStatus {
    COMPLETED, CANCELLED, DIVERGED, FAILED
}
