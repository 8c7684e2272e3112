package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/** Inverted dropout (Srivastava et al., 2014): active while training, the identity otherwise. */
public final class DropoutLayer implements Layer {
    private final float rate;

    public DropoutLayer(float rate) {
        if (rate < 0 || rate >= 1) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1): " + rate);
        }
        this.rate = rate;
    }

    @Override
    public String label() {
        return "dropout(" + rate + ")";
    }

    @Override
    public int outputDim(int inputDim) {
        return inputDim;
    }

    @Override
    public long parameterCount() {
        return 0;
    }

    @Override
    public NDArray forward(NDArray input, boolean training) {
        if (!training || rate == 0) {
            return input;
        }
        NDArray keep = input.getManager().randomUniform(0f, 1f, input.getShape()).gte(rate);
        return input.mul(keep.toType(input.getDataType(), false)).div(1 - rate);
    }
}
