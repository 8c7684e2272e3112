package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/** The non-linearity after a dense layer. */
public enum Activation {
    NONE, RELU, TANH, GELU;

    NDArray apply(NDArray x) {
        return switch (this) {
            case NONE -> x;
            case RELU -> ai.djl.nn.Activation.relu(x);
            case TANH -> x.tanh();
            case GELU -> ai.djl.nn.Activation.gelu(x);
        };
    }
}
