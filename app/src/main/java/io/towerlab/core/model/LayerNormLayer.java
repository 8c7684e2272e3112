package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Layer normalisation over the feature axis with a learned gain and shift (Ba et al., 2016). */
public final class LayerNormLayer implements Layer {
    private static final float EPSILON = 1e-5f;
    private final DenseParameter gain;
    private final DenseParameter shift;

    public LayerNormLayer(ParameterStore store, String name, int dim) {
        this.gain = store.constant(name + ".gain", new Shape(dim), 1f);
        this.shift = store.constant(name + ".shift", new Shape(dim), 0f);
    }

    @Override
    public String label() {
        return "layernorm";
    }

    @Override
    public int outputDim(int inputDim) {
        return inputDim;
    }

    @Override
    public long parameterCount() {
        return gain.size() + shift.size();
    }

    @Override
    public NDArray forward(NDArray input, boolean training) {
        NDArray mean = input.mean(new int[] {1}, true);
        NDArray centered = input.sub(mean);
        NDArray variance = centered.square().mean(new int[] {1}, true);
        return centered.div(variance.add(EPSILON).sqrt()).mul(gain.value()).add(shift.value());
    }
}
