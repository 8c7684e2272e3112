package io.towerlab.core.train;

/** A run ran out of memory; the message says which memory, where, and what to try. */
public final class TrainingOutOfMemoryException extends RuntimeException {
    TrainingOutOfMemoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
