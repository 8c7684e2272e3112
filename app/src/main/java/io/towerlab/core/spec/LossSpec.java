package io.towerlab.core.spec;

import java.util.Objects;

/**
 * The ranking loss and its options (formulas in {@link LossType}).
 *
 * @param margin             m of the triplet loss, in score units (after the temperature); other losses ignore it
 * @param symmetric          FPS only: add the column-wise (document → query) term, as CLIP does
 * @param logQ               FPS only: subtract log of each document's in-batch sampling probability from its
 *                           column (Yi et al. 2019), which corrects the bias against popular documents
 * @param maskAccidentalHits FPS only: a document that appears twice in a batch is not its own negative
 */
public record LossSpec(LossType type, double margin, boolean symmetric, boolean logQ, boolean maskAccidentalHits) {

    public LossSpec {
        Objects.requireNonNull(type, "type");
    }
}
