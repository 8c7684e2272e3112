package io.towerlab.core.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.towerlab.core.train.Optimizer;
import io.towerlab.core.train.OptimizerSettings;

/** Runs one encoder alone: a forward pass over some entities, or one training step on a simple loss. */
final class EncoderHarness {
    private EncoderHarness() {
    }

    /** The encoder's output for the entities, as {@code float[entities][outputDim]}, without gradients. */
    static float[][] forward(Encoder encoder, NDManager manager, int... entities) {
        BatchRows rows = new BatchRows();
        EncoderInput input = encoder.prepare(new EntityBatch(entities, null), rows);
        return forward(encoder, input, rows, manager);
    }

    static float[][] forward(Encoder encoder, EncoderInput input, BatchRows rows, NDManager manager) {
        try (NDManager batch = manager.newSubManager()) {
            GatheredRows gathered = GatheredRows.gather(rows.finish(), batch, false);
            float[] flat = encoder.forward(input, gathered, batch, false).toFloatArray();
            int dim = encoder.outputDim();
            float[][] out = new float[input.rows()][dim];
            for (int i = 0; i < input.rows(); i++) {
                System.arraycopy(flat, i * dim, out[i], 0, dim);
            }
            return out;
        }
    }

    /** One Adam step on the loss "sum of squares of the outputs", updating the store's parameters. */
    static void step(Encoder encoder, ParameterStore store, Optimizer optimizer, int... entities) {
        BatchRows rows = new BatchRows();
        EncoderInput input = encoder.prepare(new EntityBatch(entities, null), rows);
        try (NDManager batch = store.manager().newSubManager()) {
            GatheredRows gathered = GatheredRows.gather(rows.finish(), batch, true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = encoder.forward(input, gathered, batch, true).square().sum();
                collector.backward(loss);
            }
            optimizer.apply(store.denseParameters(), gathered);
        }
    }

    static Optimizer adam() {
        return new Optimizer(OptimizerSettings.adam(0.05f));
    }
}
