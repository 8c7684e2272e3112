package io.towerlab.core.train;

import io.towerlab.core.model.TwoTowerModel;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a training run does beyond the spec: where it resumes from, how it saves its epochs, how
 * its fresh model is initialised (fine-tuning from a parent run), and which parameters stay frozen.
 *
 * @param resumeLast   a {@code checkpoints/last} folder to continue from, or null to start fresh
 * @param resumeBest   the matching {@code checkpoints/best} folder (the best weights so far), or null
 * @param checkpointer called at the end of every epoch, or null
 * @param initializer  called once the model is built, before the first step, or null
 * @param frozen       name prefixes of parameters the optimizer leaves unchanged (e.g. {@code queryTower.})
 */
public record TrainingSession(Path resumeLast, Path resumeBest, EpochCheckpointer checkpointer,
                              ModelInitializer initializer, Set<String> frozen) {

    public TrainingSession {
        frozen = frozen == null ? Set.of() : Set.copyOf(frozen);
    }

    /** A plain run: fresh weights, no checkpoints. */
    public static TrainingSession plain() {
        return new TrainingSession(null, null, null, null, Set.of());
    }

    public TrainingSession withInitializer(ModelInitializer init, Set<String> frozenNames) {
        return new TrainingSession(resumeLast, resumeBest, checkpointer, init, frozenNames);
    }

    /** Initialises a freshly built model (e.g. copies a parent run's tower weights). */
    @FunctionalInterface
    public interface ModelInitializer {
        void initialize(TwoTowerModel model) throws java.io.IOException;
    }

    /** Saves the state at the end of an epoch; {@code improved} when it is the best epoch so far. */
    @FunctionalInterface
    public interface EpochCheckpointer {
        void save(TwoTowerModel model, Optimizer optimizer, TrainerState state, boolean improved);
    }
}
