package io.towerlab.core.model;

import ai.djl.ndarray.NDArray;

/** The first and second moment estimates an optimizer keeps for one parameter (null until used). */
public final class OptimizerState {
    private NDArray first;
    private NDArray second;

    public NDArray first() {
        return first;
    }

    public NDArray second() {
        return second;
    }

    public void set(NDArray firstMoment, NDArray secondMoment) {
        this.first = firstMoment;
        this.second = secondMoment;
    }
}
