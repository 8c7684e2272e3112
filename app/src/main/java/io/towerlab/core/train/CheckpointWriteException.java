package io.towerlab.core.train;

import java.io.IOException;
import java.nio.file.Path;

/** A checkpoint could not be written: the run stops as FAILED, naming the folder. */
public final class CheckpointWriteException extends RuntimeException {
    public CheckpointWriteException(Path folder, IOException cause) {
        super("cannot write the checkpoint " + folder.toAbsolutePath() + " (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "); check that the folder is writable and the disk has room, then"
                + " resume the run with towerlab runs resume", cause);
    }
}
