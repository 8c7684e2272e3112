package io.towerlab.core.loss.sampling;

import java.util.SplittableRandom;

/**
 * A {@link NegativeSampler} that draws from the whole catalogue, one pair at a time, independently
 * of the other pairs of the batch; other samplers use it to fill rows they cannot fill themselves.
 */
public interface CatalogueSampler extends NegativeSampler {

    /** Writes {@code k} negatives for one pair into {@code out[offset .. offset + k)}. */
    void sampleRow(int query, int positive, int k, SplittableRandom random, int[] out, int offset);

    @Override
    default void sample(int[] queries, int[] positives, int batchSize, int k, SplittableRandom random, int[] out) {
        for (int i = 0; i < batchSize; i++) {
            sampleRow(queries[i], positives[i], k, random, out, i * k);
        }
    }
}
