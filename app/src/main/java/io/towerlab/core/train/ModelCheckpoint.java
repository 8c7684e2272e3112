package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.model.ParameterStore;
import io.towerlab.core.store.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Saves a model's parameters to a checkpoint folder and loads them back into a model of the same spec. */
public final class ModelCheckpoint {
    private static final NDIndex ALL = new NDIndex(":");
    private ModelCheckpoint() {
    }

    public static void save(ParameterStore store, Path folder) throws IOException {
        Map<String, Checkpoints.Tensor> tensors = new LinkedHashMap<>();
        store.namedValues().forEach((name, value) ->
                tensors.put(name, new Checkpoints.Tensor(value.getShape().getShape(), value.toFloatArray())));
        Checkpoints.save(folder, tensors);
    }

    /** Loads every tensor into the same-named parameter; names and shapes must match exactly. */
    public static void load(ParameterStore store, Path folder) throws IOException {
        load(store, folder, false);
    }

    /**
     * Loads the tensors of a part of a model (a document tower alone): every parameter of the store must be
     * in the checkpoint with its shape; the checkpoint's other tensors are left out.
     */
    public static void loadPart(ParameterStore store, Path folder) throws IOException {
        load(store, folder, true);
    }

    private static void load(ParameterStore store, Path folder, boolean part) throws IOException {
        Map<String, Checkpoints.Tensor> tensors = new LinkedHashMap<>(Checkpoints.load(folder));
        tensors.keySet().removeIf(name -> name.startsWith(TrainingCheckpoint.OPTIMIZER_PREFIX));
        Map<String, NDArray> live = store.namedValues();
        if (part) {
            tensors.keySet().retainAll(live.keySet());
        }
        if (!tensors.keySet().equals(live.keySet())) {
            throw new IOException("the checkpoint in " + folder + " does not match the model built from the spec: it has "
                    + tensors.keySet() + ", the model has " + live.keySet());
        }
        for (Map.Entry<String, NDArray> e : live.entrySet()) {
            Checkpoints.Tensor t = tensors.get(e.getKey());
            long[] shape = e.getValue().getShape().getShape();
            if (!Arrays.equals(shape, t.shape())) {
                throw new IOException("checkpoint tensor " + e.getKey() + " has shape " + Arrays.toString(t.shape())
                        + " but the model expects " + Arrays.toString(shape)
                        + ": the dataset changed since the run was trained");
            }
            try (NDArray value = store.manager().create(t.values(), new Shape(t.shape()))) {
                e.getValue().set(ALL, value);
            }
        }
    }
}
