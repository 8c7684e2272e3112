package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/**
 * A trainable tensor updated whole at every step (the weights of a dense layer, a layer norm's
 * gain, a learnable temperature). Its gradient stays attached; the optimizer keeps its moment
 * estimates in {@link #state}.
 */
public final class DenseParameter {
    private final String name;
    private final NDArray value;
    private final OptimizerState state = new OptimizerState();

    DenseParameter(String name, NDArray value) {
        this.name = name;
        this.value = value;
        value.setRequiresGradient(true);
    }

    public String name() {
        return name;
    }

    public NDArray value() {
        return value;
    }

    public OptimizerState state() {
        return state;
    }

    public long size() {
        return value.size();
    }
}
