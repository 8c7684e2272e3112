package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Negatives drawn, with replacement, from the positives of the other pairs of the same batch that
 * are not positives of this pair's query (so a document clicked twice in a batch is never its own
 * negative). In-batch documents follow click popularity, which is what the logQ correction of
 * {@link SamplingProbabilities} accounts for. A pair with no such document in its batch (a batch of
 * one, or a batch made only of the query's positives) takes its negatives from {@code fallback}.
 */
public final class InBatchSampler implements NegativeSampler {
    private final PositiveSets positives;
    private final CatalogueSampler fallback;

    public InBatchSampler(PositiveSets positives, CatalogueSampler fallback) {
        this.positives = Objects.requireNonNull(positives, "positives");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public void sample(int[] queries, int[] docs, int batchSize, int k, SplittableRandom random, int[] out) {
        int[] eligible = null;
        for (int i = 0; i < batchSize; i++) {
            int q = queries[i];
            int offset = i * k;
            int filled = 0;
            while (filled < k && batchSize > 1) {
                int d = drawByRejection(q, docs[i], docs, batchSize, random);
                if (d < 0) {
                    break;
                }
                out[offset + filled++] = d;
            }
            if (filled == k) {
                continue;
            }
            if (eligible == null) {
                eligible = new int[batchSize];
            }
            int n = 0;
            for (int j = 0; j < batchSize; j++) {
                if (allowed(q, docs[i], docs[j])) {
                    eligible[n++] = docs[j];
                }
            }
            if (n == 0) {
                fallback.sampleRow(q, docs[i], k - filled, random, out, offset + filled);
                continue;
            }
            while (filled < k) {
                out[offset + filled++] = eligible[random.nextInt(n)];
            }
        }
    }

    private int drawByRejection(int query, int own, int[] docs, int batchSize, SplittableRandom random) {
        for (int t = 0; t < Exclusions.MAX_TRIES; t++) {
            int d = docs[random.nextInt(batchSize)];
            if (allowed(query, own, d)) {
                return d;
            }
        }
        return -1;
    }

    private boolean allowed(int query, int own, int document) {
        return document != own && !positives.contains(query, document);
    }
}
