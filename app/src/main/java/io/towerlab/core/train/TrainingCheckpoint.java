package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.model.DenseParameter;
import io.towerlab.core.model.EmbeddingTable;
import io.towerlab.core.model.OptimizerState;
import io.towerlab.core.model.ParameterStore;
import io.towerlab.core.store.Checkpoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checkpoint that a run can continue from exactly: every parameter, the optimizer's moment
 * estimates of every dense parameter and every table (under {@code optimizer.m/NAME} and
 * {@code optimizer.v/NAME}), and the {@link TrainerState} in {@code state.json}.
 */
final class TrainingCheckpoint {
    static final String OPTIMIZER_PREFIX = "optimizer.";
    private static final String FIRST = OPTIMIZER_PREFIX + "m/";
    private static final String SECOND = OPTIMIZER_PREFIX + "v/";

    private TrainingCheckpoint() {
    }

    static void save(ParameterStore store, TrainerState state, boolean withOptimizer, Path folder) throws IOException {
        Map<String, Checkpoints.Tensor> tensors = new LinkedHashMap<>();
        store.namedValues().forEach((name, value) -> tensors.put(name, tensor(value)));
        if (withOptimizer) {
            for (EmbeddingTable t : store.tables()) {
                moments(tensors, t.name(), t.state());
            }
            for (DenseParameter p : store.denseParameters()) {
                moments(tensors, p.name(), p.state());
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("epoch", state.epoch());
        meta.put("step", state.step());
        meta.put("bestEpoch", state.bestEpoch());
        meta.put("bestValue", Double.isNaN(state.bestValue()) ? null : state.bestValue());
        meta.put("recorded", state.recorded());
        meta.put("roundsWithoutImprovement", state.roundsWithoutImprovement());
        Checkpoints.save(folder, tensors, meta);
    }

    private static void moments(Map<String, Checkpoints.Tensor> tensors, String name, OptimizerState s) {
        if (s.first() != null) {
            tensors.put(FIRST + name, tensor(s.first()));
            tensors.put(SECOND + name, tensor(s.second()));
        }
    }

    private static Checkpoints.Tensor tensor(NDArray value) {
        return new Checkpoints.Tensor(value.getShape().getShape(), value.toFloatArray());
    }

    /** The trainer state saved in a checkpoint folder. */
    static TrainerState state(Path folder) throws IOException {
        Map<String, Object> m = Checkpoints.loadState(folder);
        if (!m.containsKey("epoch") || !m.containsKey("step")) {
            throw new IOException("the checkpoint " + folder + " has no trainer state (state.json): it cannot be resumed");
        }
        Object best = m.get("bestValue");
        return new TrainerState(((Number) m.get("epoch")).intValue(), ((Number) m.get("step")).longValue(),
                ((Number) m.getOrDefault("bestEpoch", 0)).intValue(),
                best instanceof Number n ? n.doubleValue() : Double.NaN, Boolean.TRUE.equals(m.get("recorded")),
                ((Number) m.getOrDefault("roundsWithoutImprovement", 0)).intValue());
    }

    /** Loads parameters and optimizer moments into a model built from the same spec. */
    static void restore(ParameterStore store, Path folder) throws IOException {
        ModelCheckpoint.load(store, folder);
        Map<String, Checkpoints.Tensor> tensors = Checkpoints.load(folder);
        for (EmbeddingTable t : store.tables()) {
            restoreMoments(store, tensors, t.name(), t.state());
        }
        for (DenseParameter p : store.denseParameters()) {
            restoreMoments(store, tensors, p.name(), p.state());
        }
    }

    private static void restoreMoments(ParameterStore store, Map<String, Checkpoints.Tensor> tensors, String name,
                                       OptimizerState s) {
        Checkpoints.Tensor first = tensors.get(FIRST + name);
        Checkpoints.Tensor second = tensors.get(SECOND + name);
        if (first != null && second != null) {
            s.set(store.manager().create(first.values(), new Shape(first.shape())),
                    store.manager().create(second.values(), new Shape(second.shape())));
        }
    }
}
