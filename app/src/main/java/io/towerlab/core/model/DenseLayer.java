package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** A fully connected layer {@code y = act(x W + b)}, Glorot-initialised. */
public final class DenseLayer implements Layer {
    private final DenseParameter weight;
    private final DenseParameter bias;
    private final Activation activation;
    private final int units;

    public DenseLayer(ParameterStore store, String name, int inputDim, int units, Activation activation) {
        this.weight = store.glorot(name + ".weight", inputDim, units);
        this.bias = store.constant(name + ".bias", new Shape(units), 0f);
        this.activation = activation;
        this.units = units;
    }

    @Override
    public String label() {
        return "dense(" + units + (activation == Activation.NONE ? "" : ", " + activation.name().toLowerCase()) + ")";
    }

    @Override
    public int outputDim(int inputDim) {
        return units;
    }

    @Override
    public long parameterCount() {
        return weight.size() + bias.size();
    }

    @Override
    public NDArray forward(NDArray input, boolean training) {
        return activation.apply(input.matMul(weight.value()).add(bias.value()));
    }
}
