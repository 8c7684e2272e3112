package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;

/** The relevance-weighted mean Σ rᵢ ℓᵢ / Σ rᵢ of per-row losses; the plain mean when r is null. */
final class WeightedMean {
    private WeightedMean() {
    }

    static NDArray of(NDArray perRow, NDArray weight) {
        if (weight == null) {
            return perRow.mean();
        }
        if (!weight.getShape().equals(perRow.getShape())) {
            throw new IllegalArgumentException("expected one relevance weight per row " + perRow.getShape()
                    + ", got " + weight.getShape());
        }
        NDArray r = weight.toType(perRow.getDataType(), false);
        return perRow.mul(r).sum().div(r.sum());
    }
}
