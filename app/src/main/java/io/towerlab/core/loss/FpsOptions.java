package io.towerlab.core.loss;

/**
 * Options of the {@link FullProductSoftmaxLoss}.
 *
 * @param symmetric          also apply the column-wise (document → query) softmax and average
 *                           the two directions, as CLIP (Radford et al. 2021) does
 * @param logQ               subtract log Q(dⱼ), the log sampling probability of column j's document,
 *                           from column j in the query → document direction (Yi et al. 2019)
 * @param maskAccidentalHits exclude, from a row's negatives, columns whose document is the row's
 *                           own document (the same document clicked twice in one batch)
 */
public record FpsOptions(boolean symmetric, boolean logQ, boolean maskAccidentalHits) {

    /** One-sided, no correction, no masking: the plain in-batch softmax of DESIGN §1. */
    public static final FpsOptions DEFAULT = new FpsOptions(false, false, false);
}
