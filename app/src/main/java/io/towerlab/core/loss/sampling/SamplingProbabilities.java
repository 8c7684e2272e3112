package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.Interactions;

/**
 * The sampling probability Q(d) of each document, as log Q for the logQ correction of the
 * in-batch softmax (Yi et al. 2019, "Sampling-bias-corrected neural modeling for large corpus item
 * recommendations").
 *
 * <p>A batch is a uniform draw of training rows, so one in-batch draw is document d with
 * probability count_d / Σ count (its share of training clicks); the popularity sampler draws d with
 * probability count_d^α / Σ count^α. A document never clicked is never drawn; it is given the
 * probability of half a click, 0.5^α / Σ count^α, so that its log stays finite and no higher than
 * that of any clicked document.
 */
public final class SamplingProbabilities {
    /** The pseudo-count given to documents without clicks. */
    public static final double FLOOR_COUNT = 0.5;

    private SamplingProbabilities() {
    }

    /** Clicks per document over the given rows, for a catalogue of {@code documentCount} documents. */
    public static int[] clickCounts(Interactions interactions, int[] rows, int documentCount) {
        int[] counts = new int[documentCount];
        for (int row : rows) {
            counts[interactions.document(row)]++;
        }
        return counts;
    }

    /** log(count_d / Σ count), the in-batch log Q. */
    public static float[] inBatchLogQ(int[] counts) {
        return logQ(counts, 1.0);
    }

    /** log(count_d^α / Σ count^α), the log Q of the popularity sampler with exponent α. */
    public static float[] logQ(int[] counts, double alpha) {
        double[] weights = PopularitySampler.weights(counts, alpha);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("no document has a training click: sampling probabilities are undefined");
        }
        double logTotal = Math.log(total);
        double floor = alpha * Math.log(FLOOR_COUNT) - logTotal;
        float[] logQ = new float[counts.length];
        for (int d = 0; d < counts.length; d++) {
            logQ[d] = (float) (counts[d] == 0 ? floor : Math.log(weights[d]) - logTotal);
        }
        return logQ;
    }
}
