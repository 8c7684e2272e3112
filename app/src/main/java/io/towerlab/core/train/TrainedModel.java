package io.towerlab.core.train;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.model.TwoTowerModel;

/** A trained model with its result; closing it frees the model's native memory. */
public record TrainedModel(NDManager root, TwoTowerModel model, TrainingResult result) implements AutoCloseable {

    @Override
    public void close() {
        model.close();
        root.close();
    }
}
