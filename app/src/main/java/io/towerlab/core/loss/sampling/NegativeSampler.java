package io.towerlab.core.loss.sampling;

import java.util.SplittableRandom;

/**
 * Draws K negative documents for each (query, positive) pair of a training batch, for the sampled
 * losses (softmax, PairCE, triplet). A sampler never returns one of the query's training positives
 * nor the pair's own positive, and given the same random generator state it returns the same
 * negatives, so a seeded run is reproducible.
 */
public interface NegativeSampler {

    /**
     * Fills {@code out[i * k + j]} (row-major B×K) for {@code i < batchSize}, {@code j < k}.
     *
     * @param queries   the query of each pair (the first {@code batchSize} entries are used)
     * @param positives the clicked document of each pair
     * @param random    the source of randomness; advancing it is the only side effect on the caller
     * @throws IllegalStateException when a query clicked every document, so no negative exists
     */
    void sample(int[] queries, int[] positives, int batchSize, int k, SplittableRandom random, int[] out);
}
