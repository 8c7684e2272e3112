package io.towerlab.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Deletion that can be undone: a deleted run's folder is moved, in one rename, into the store's hidden
 * {@code .trash/} folder (listings skip hidden folders), and restored by the reverse rename. Nothing
 * inside the run is changed. Emptying the trash is left to the user.
 */
public final class RunTrash {
    public static final String FOLDER = ".trash";
    private final RunStore store;

    public RunTrash(RunStore store) {
        this.store = store;
    }

    public Path folder() {
        return store.root().resolve(FOLDER);
    }

    /**
     * Moves a run of the store into the trash.
     *
     * @throws IOException when the run is still running, is not a run of this store, or one of that id
     *                     is in the trash already
     */
    public Path delete(RunFolder run, RunState state) throws IOException {
        if (state == RunState.RUNNING) {
            throw new IOException("run " + run.id() + " is still running; cancel it before deleting it");
        }
        Path root = store.root().toAbsolutePath().normalize();
        if (!root.equals(run.path().toAbsolutePath().normalize().getParent())) {
            throw new IOException(run.path() + " is not a run of the store " + root);
        }
        Files.createDirectories(folder());
        Path target = folder().resolve(run.id());
        if (Files.exists(target)) {
            throw new IOException("a run " + run.id() + " is in the trash already (" + target
                    + "); restore or remove it first");
        }
        return Files.move(run.path(), target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves a run back from the trash into the store. */
    public RunFolder restore(String id) throws IOException {
        Path from = folder().resolve(id);
        Path to = store.root().resolve(id);
        if (!Files.isDirectory(from)) {
            throw new IOException("no run " + id + " in the trash " + folder());
        }
        if (Files.exists(to)) {
            throw new IOException("the store already has a run " + id + "; cannot restore over it");
        }
        return new RunFolder(Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
    }
}
