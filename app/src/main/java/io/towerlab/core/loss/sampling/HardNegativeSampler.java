package io.towerlab.core.loss.sampling;

import io.towerlab.core.data.PositiveSets;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Hard negatives: each negative is, with probability 1 − {@code mixInFraction}, drawn uniformly
 * from the query's M top-scored non-positive documents under the current model, and otherwise
 * from {@code mixIn} (usually a {@link UniformSampler}). The candidates are mined again by
 * {@link #refresh} (the trainer calls it once per epoch). Training on hard negatives alone is known
 * to collapse or to learn from false negatives (unlabelled relevant documents rank top), hence the
 * mix-in (Xiong et al. 2021, ANCE; Huang et al. 2020, "Embedding-based retrieval in Facebook
 * search", which mixes easy and hard negatives). Until the first refresh, and for a query
 * without candidates, every negative comes from {@code mixIn}.
 */
public final class HardNegativeSampler implements CatalogueSampler {
    /** M: candidates kept per query by default. */
    public static final int DEFAULT_CANDIDATES = 100;
    /** Half of the negatives are easy ones by default. */
    public static final double DEFAULT_MIX_IN_FRACTION = 0.5;

    private final PositiveSets positives;
    private final CatalogueSampler mixIn;
    private final int candidateCount;
    private final double mixInFraction;
    private final TopScoredNonPositives miner;
    private int[][] candidates = new int[0][];

    /**
     * @param positives      the training positives of every query
     * @param mixIn          the sampler of the easy negatives mixed in
     * @param candidateCount M, the top-scored non-positives kept per query
     * @param mixInFraction  the share of negatives taken from {@code mixIn}, in [0, 1]
     */
    public HardNegativeSampler(PositiveSets positives, CatalogueSampler mixIn, int candidateCount,
                               double mixInFraction) {
        if (candidateCount <= 0) {
            throw new IllegalArgumentException("hard negative candidates per query must be > 0, got " + candidateCount);
        }
        if (!(mixInFraction >= 0 && mixInFraction <= 1)) {
            throw new IllegalArgumentException("hard negative mix-in fraction must be in [0, 1], got " + mixInFraction);
        }
        this.positives = Objects.requireNonNull(positives, "positives");
        this.mixIn = Objects.requireNonNull(mixIn, "mixIn");
        this.candidateCount = candidateCount;
        this.mixInFraction = mixInFraction;
        this.miner = new TopScoredNonPositives();
    }

    /** Mines the candidates from the current embeddings (Q × dim and N × dim, row-major). */
    public void refresh(float[] queryVectors, float[] documentVectors, int dim) {
        candidates = miner.compute(queryVectors, documentVectors, dim, positives, candidateCount);
    }

    /**
     * Replaces the candidates with ones mined elsewhere (for instance by an exact top-k on the
     * engine): row q lists query q's highest-scored documents. Positives in a row are dropped and
     * at most M documents are kept.
     */
    public void refresh(int[][] topDocumentsPerQuery) {
        int[][] kept = new int[topDocumentsPerQuery.length][];
        for (int q = 0; q < kept.length; q++) {
            int[] row = topDocumentsPerQuery[q] == null ? new int[0] : topDocumentsPerQuery[q];
            int[] filtered = new int[Math.min(row.length, candidateCount)];
            int n = 0;
            for (int i = 0; i < row.length && n < filtered.length; i++) {
                if (q >= positives.queryCount() || !positives.contains(q, row[i])) {
                    filtered[n++] = row[i];
                }
            }
            kept[q] = Arrays.copyOf(filtered, n);
        }
        candidates = kept;
    }

    /** The current candidates of a query, highest-scored first (a copy; empty before a refresh). */
    public int[] candidates(int query) {
        return query < candidates.length ? candidates[query].clone() : new int[0];
    }

    @Override
    public void sampleRow(int query, int positive, int k, SplittableRandom random, int[] out, int offset) {
        int[] pool = query < candidates.length ? candidates[query] : null;
        for (int j = 0; j < k; j++) {
            int d = -1;
            if (pool != null && pool.length > 0 && (mixInFraction == 0 || random.nextDouble() >= mixInFraction)) {
                d = drawHard(pool, positive, random);
            }
            if (d < 0) {
                mixIn.sampleRow(query, positive, 1, random, out, offset + j);
            } else {
                out[offset + j] = d;
            }
        }
    }

    /** A uniform candidate other than the pair's own positive, or −1 when there is none. */
    private static int drawHard(int[] pool, int positive, SplittableRandom random) {
        for (int t = 0; t < Exclusions.MAX_TRIES; t++) {
            int d = pool[random.nextInt(pool.length)];
            if (d != positive) {
                return d;
            }
        }
        return -1;
    }
}
