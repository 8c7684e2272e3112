package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * A loss over one positive score s⁺ and K sampled negative scores s⁻ⱼ per row of a batch: each
 * row gives a loss ℓᵢ and the batch loss is the relevance-weighted mean Σ rᵢ ℓᵢ / Σ rᵢ.
 *
 * <p>As a DJL {@link Loss}, {@link #evaluate} reads predictions {@code [positive, negatives]} and
 * labels {@code [weight]} (or no labels for weight 1).
 */
public abstract sealed class SampledRankingLoss extends Loss implements RankingLoss
        permits SampledSoftmaxLoss, PairCeLoss, TripletLoss {

    protected SampledRankingLoss(String name) {
        super(name);
    }

    /**
     * The batch loss, a scalar.
     *
     * @param positive  s⁺ per row, shape [B]
     * @param negatives s⁻ per row, shape [B, K]
     * @param weight    relevance rᵢ per row, shape [B], with a positive sum; null means all 1
     */
    public final NDArray compute(NDArray positive, NDArray negatives, NDArray weight) {
        long rows = positive.getShape().get(0);
        if (positive.getShape().dimension() != 1 || negatives.getShape().dimension() != 2
                || negatives.getShape().get(0) != rows) {
            throw new IllegalArgumentException("expected positive scores [B] and negative scores [B, K], got "
                    + positive.getShape() + " and " + negatives.getShape());
        }
        if (negatives.getShape().get(1) == 0) {
            throw new IllegalArgumentException("the " + type() + " loss needs at least one negative per row (K >= 1)");
        }
        return WeightedMean.of(perRow(positive, negatives), weight);
    }

    /** The loss of each row, shape [B], before weighting. */
    protected abstract NDArray perRow(NDArray positive, NDArray negatives);

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray weight = labels == null || labels.isEmpty() ? null : labels.head();
        return compute(predictions.get(0), predictions.get(1), weight);
    }
}
