package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Pairwise cross-entropy, the BPR loss (Rendle et al. 2009): ℓ = meanⱼ −log σ(s⁺ − s⁻ⱼ). Only the
 * order of the positive and each negative matters. Computed as softplus(s⁻ⱼ − s⁺), which stays
 * finite for any score gap.
 */
public final class PairCeLoss extends SampledRankingLoss {
    static final String TYPE = "pairce";

    public PairCeLoss() {
        super("PairCeLoss");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected NDArray perRow(NDArray positive, NDArray negatives) {
        return Activation.softPlus(negatives.sub(positive.expandDims(1))).mean(new int[] {1});
    }
}
