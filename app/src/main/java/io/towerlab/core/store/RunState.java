package io.towerlab.core.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a run as the store reports it. The first six are written by the run itself;
 * {@link #CRASHED} is what a reader reports for a RUNNING run whose heartbeat is stale, and
 * {@link #UNREADABLE} for a folder whose status cannot be read.
 */
public enum RunState {
    CREATED, RUNNING, COMPLETED, FAILED, CANCELLED, DIVERGED, CRASHED, UNREADABLE;

    public static Optional<RunState> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the run will not change any more by itself. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == DIVERGED;
    }

    /** True when {@code runs resume} may continue the run from its last checkpoint. */
    public boolean isResumable() {
        return this == CRASHED || this == CANCELLED || this == CREATED;
    }
}
