package io.towerlab.core.train;

import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Saves a run's epochs into its folder: {@code checkpoints/last} after every epoch with the
 * optimizer state (so a resume is exact), {@code checkpoints/best} when validation improved.
 */
final class RunCheckpointer implements TrainingSession.EpochCheckpointer {
    private final RunFolder folder;

    RunCheckpointer(RunFolder folder) {
        this.folder = folder;
    }

    static Path last(RunFolder folder) {
        return folder.checkpoints().resolve("last");
    }

    static Path best(RunFolder folder) {
        return folder.checkpoints().resolve("best");
    }

    @Override
    public void save(TwoTowerModel model, Optimizer optimizer, TrainerState state, boolean improved) {
        if (improved) {
            write(model, state, false, best(folder));
        }
        write(model, state, true, last(folder));
    }

    private static void write(TwoTowerModel model, TrainerState state, boolean withOptimizer, Path target) {
        try {
            TrainingCheckpoint.save(model.parameters(), state, withOptimizer, target);
        } catch (IOException e) {
            throw new CheckpointWriteException(target, e);
        }
    }
}
