package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.SplittableRandom;

/**
 * Negatives drawn uniformly, with replacement, from the catalogue minus the query's positives, as
 * in DSSM (Huang et al. 2013: four random unclicked documents per click).
 */
public final class UniformSampler implements CatalogueSampler {
    private final Exclusions exclusions;

    /** @param positives the training positives of every query; {@code documentCount} the catalogue size */
    public UniformSampler(PositiveSets positives, int documentCount) {
        this.exclusions = new Exclusions(positives, documentCount);
    }

    @Override
    public void sampleRow(int query, int positive, int k, SplittableRandom random, int[] out, int offset) {
        for (int j = 0; j < k; j++) {
            out[offset + j] = exclusions.uniform(query, positive, random);
        }
    }
}
