package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * Sampled softmax (pointwise) loss, as in DSSM (Huang et al. 2013) with K sampled negatives:
 * ℓ = −log( e^{s⁺} / (e^{s⁺} + Σⱼ e^{s⁻ⱼ}) ) = logsumexp(s⁺, s⁻₁ … s⁻ₖ) − s⁺, computed through a
 * log-softmax so that large scores do not overflow.
 */
public final class SampledSoftmaxLoss extends SampledRankingLoss {
    static final String TYPE = "softmax";

    public SampledSoftmaxLoss() {
        super("SampledSoftmaxLoss");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected NDArray perRow(NDArray positive, NDArray negatives) {
        NDArray logits = NDArrays.concat(new NDList(positive.expandDims(1), negatives), 1);
        return logits.logSoftmax(1).get(new NDIndex(":, 0")).neg();
    }
}
