package io.towerlab.core.train;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.TwoTowerModel;
import io.towerlab.core.store.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A finished run's model with its best weights, rebuilt the way training built it (the spec plus the
 * dataset it was trained on, whose dictionaries and vocabularies size its tables). Everything that uses
 * a saved run outside training loads it here: evaluation, recall at every k, the query inspector and
 * the catalogue-embedding job. Holds native memory until closed.
 */
final class SavedModel implements AutoCloseable {
    private final NDManager root;
    private final TrainingContext context;

    private SavedModel(NDManager root, TrainingContext context) {
        this.root = root;
        this.context = context;
    }

    /** The run's best checkpoint; fails with what to do when training never saved one. */
    static Path bestCheckpoint(RunFolder run) throws IOException {
        Path checkpoint = RunCheckpointer.best(run);
        if (!Files.isDirectory(checkpoint)) {
            throw new IOException("run " + run.id() + " has no saved weights (" + checkpoint
                    + "): it did not finish; train it again");
        }
        return checkpoint;
    }

    /**
     * Builds the opened run's model on {@code device} ({@code auto}, {@code cpu}, {@code gpu} or
     * {@code gpu:N}) and loads the weights of {@code checkpoint} (see {@link #bestCheckpoint}).
     */
    static SavedModel load(SavedRun saved, Path checkpoint, String device) throws IOException {
        EngineSetup.configure(saved.spec().training().threads());
        EngineGate.prepareThread();
        NDManager root = NDManager.newBaseManager(EngineSetup.device(device));
        try {
            TrainingContext context = new TrainingContext(saved.spec(), saved.data().dataset(), saved.data().split(),
                    root);
            ModelCheckpoint.load(context.model().parameters(), checkpoint);
            return new SavedModel(root, context);
        } catch (IOException | RuntimeException e) {
            root.close();
            throw e;
        }
    }

    /** The manager every array of this model lives in. */
    NDManager root() {
        return root;
    }

    /** Evaluation and the popularity baseline on the run's own split. */
    TrainingContext context() {
        return context;
    }

    TwoTowerModel model() {
        return context.model();
    }

    @Override
    public void close() {
        context.model().close();
        root.close();
    }
}
