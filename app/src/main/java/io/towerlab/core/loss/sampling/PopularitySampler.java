package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.SplittableRandom;

/**
 * Negatives drawn with probability ∝ count^α, where count is a document's number of training
 * clicks (word2vec's unigram^0.75 noise distribution, Mikolov et al. 2013; α = 1 follows
 * popularity, α = 0 is uniform over clicked documents). Draws use an {@link AliasTable}, O(1)
 * each; a draw that hits one of the query's positives is redrawn. After
 * 16 misses in a row (a query whose positives hold most of the popularity mass)
 * the negative is drawn exactly from the count^α distribution restricted to the allowed documents,
 * or, if every allowed document has weight 0 (never clicked), uniformly among them.
 */
public final class PopularitySampler implements CatalogueSampler {
    /** word2vec's exponent. */
    public static final double DEFAULT_ALPHA = 0.75;

    private final Exclusions exclusions;
    private final AliasTable table;
    /** cumulative[d] = Σ_{e < d} weight(e). */
    private final double[] cumulative;

    /**
     * @param positives the training positives of every query
     * @param counts    training clicks per document, one entry per catalogue document
     * @param alpha     the exponent α ≥ 0
     */
    public PopularitySampler(PositiveSets positives, int[] counts, double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("popularity exponent alpha must be a finite number >= 0, got " + alpha);
        }
        this.exclusions = new Exclusions(positives, counts.length);
        double[] weights = weights(counts, alpha);
        this.table = AliasTable.of(weights);
        this.cumulative = new double[weights.length + 1];
        for (int d = 0; d < weights.length; d++) {
            cumulative[d + 1] = cumulative[d] + weights[d];
        }
    }

    /** count^α per document, with 0 for a document never clicked (also when α = 0). */
    static double[] weights(int[] counts, double alpha) {
        double[] w = new double[counts.length];
        for (int d = 0; d < counts.length; d++) {
            if (counts[d] < 0) {
                throw new IllegalArgumentException("document " + d + " has a negative click count " + counts[d]);
            }
            w[d] = counts[d] == 0 ? 0 : Math.pow(counts[d], alpha);
        }
        return w;
    }

    @Override
    public void sampleRow(int query, int positive, int k, SplittableRandom random, int[] out, int offset) {
        for (int j = 0; j < k; j++) {
            out[offset + j] = drawOne(query, positive, random);
        }
    }

    private int drawOne(int query, int positive, SplittableRandom random) {
        for (int t = 0; t < Exclusions.MAX_TRIES; t++) {
            int d = table.draw(random);
            if (!exclusions.excluded(query, positive, d)) {
                return d;
            }
        }
        return drawExact(query, exclusions.sorted(query, positive), random);
    }

    /** Inverts the cumulative weights over the gaps between excluded documents. */
    private int drawExact(int query, int[] excluded, SplittableRandom random) {
        double mass = cumulative[cumulative.length - 1];
        for (int e : excluded) {
            mass -= cumulative[e + 1] - cumulative[e];
        }
        if (mass <= cumulative[cumulative.length - 1] * 1e-9) {
            return exclusions.uniformExact(excluded, query, random);
        }
        double u = random.nextDouble() * mass;
        int from = 0;
        int lastFrom = -1;
        int lastTo = -1;
        for (int g = 0; g <= excluded.length; g++) {
            int to = g < excluded.length ? excluded[g] : cumulative.length - 1;
            double gap = cumulative[to] - cumulative[from];
            if (u < gap) {
                return search(from, to, cumulative[from] + u);
            }
            if (gap > 0) {
                lastFrom = from;
                lastTo = to;
            }
            u -= gap;
            from = to + 1;
        }
        if (lastTo < 0) {
            return exclusions.uniformExact(excluded, query, random);
        }
        // rounding left u just past the total: the last document with weight
        return search(lastFrom, lastTo, Math.nextDown(cumulative[lastTo]));
    }

    /** The document d in [from, to) with cumulative[d] ≤ target < cumulative[d + 1]. */
    private int search(int from, int to, double target) {
        double t = Math.min(target, Math.nextDown(cumulative[to]));
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
