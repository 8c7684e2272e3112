package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * Triplet (hinge) loss with margin m: ℓ = meanⱼ max(0, m − s⁺ + s⁻ⱼ). A negative stops
 * contributing once the positive beats it by at least m.
 */
public final class TripletLoss extends SampledRankingLoss {
    static final String TYPE = "triplet";

    private final float margin;

    /** @param margin m ≥ 0, in score units (scores are already divided by the temperature) */
    public TripletLoss(float margin) {
        super("TripletLoss");
        if (!(margin >= 0) || Float.isInfinite(margin)) {
            throw new IllegalArgumentException("triplet margin must be a finite number >= 0, got " + margin);
        }
        this.margin = margin;
    }

    public float margin() {
        return margin;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected NDArray perRow(NDArray positive, NDArray negatives) {
        NDArray violation = negatives.sub(positive.expandDims(1)).add(margin);
        return Activation.relu(violation).mean(new int[] {1});
    }
}
