package io.towerlab.core.loss;

import java.util.Locale;

/**
 * A ranking loss of a two-tower model, computed on scores s = ⟨u, v⟩ / τ that the caller has
 * already produced (DESIGN §1). Either a {@link SampledRankingLoss} over one positive and K sampled
 * negatives per query, or the in-batch {@link FullProductSoftmaxLoss}. Every implementation is also
 * an {@code ai.djl.training.loss.Loss}, so it plugs into a DJL {@code Trainer}.
 *
 * <p>Intermediate arrays are attached to the manager of the score arrays, so scores computed in a
 * per-batch sub-manager free everything when that sub-manager is closed.
 */
public sealed interface RankingLoss permits SampledRankingLoss, FullProductSoftmaxLoss {

    /** The loss's name as written in an experiment spec's {@code loss.type}. */
    String type();

    /** True when the loss needs K sampled negatives per row rather than the in-batch score matrix. */
    default boolean usesSampledNegatives() {
        return this instanceof SampledRankingLoss;
    }

    /**
     * Creates the loss named by {@code type} ({@code softmax}, {@code pairce}, {@code triplet} or
     * {@code fps}); {@code margin} is used by the triplet loss only, {@code fps} by FPS only.
     */
    static RankingLoss of(String type, float margin, FpsOptions fps) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case SampledSoftmaxLoss.TYPE -> new SampledSoftmaxLoss();
            case PairCeLoss.TYPE -> new PairCeLoss();
            case TripletLoss.TYPE -> new TripletLoss(margin);
            case FullProductSoftmaxLoss.TYPE -> new FullProductSoftmaxLoss(fps == null ? FpsOptions.DEFAULT : fps);
            default -> throw new IllegalArgumentException("unknown loss type '" + type
                    + "': expected one of softmax, pairce, triplet, fps");
        };
    }
}
