package io.towerlab.ui.train;

/** Where a run in the queue is: waiting, training, or how it ended. */
public enum RunState {
    QUEUED, RUNNING, COMPLETED, CANCELLED, DIVERGED, FAILED;

    public boolean isFinished() {
        return this != QUEUED && this != RUNNING;
    }
}
