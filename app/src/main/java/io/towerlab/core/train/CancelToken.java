package io.towerlab.core.train;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running training to stop at the next batch boundary; safe to call from any thread. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
