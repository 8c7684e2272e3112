package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/** One step of a tower after its inputs are concatenated: dense, dropout, layer norm. */
public interface Layer {

    String label();

    int outputDim(int inputDim);

    long parameterCount();

    NDArray forward(NDArray input, boolean training);
}
