package io.towerlab.core.eval;

import java.util.Random;

/**
 * A synthetic evaluation workload: Gaussian query and document embeddings and, per query, a set of
 * distinct random excluded documents and held-out positives. Used to benchmark the evaluator and to
 * check it against a brute-force ranking. Reproducible from its seed.
 *
 * @param queries   query embeddings
 * @param documents document embeddings
 * @param targets   one evaluated query per query row
 */
public record RandomEvalProblem(EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets) {
    /** How far clustered vectors lie from their centre, relative to the spread of the centres. */
    public static final float CLUSTER_SPREAD = 0.5f;

    /**
     * @param excludedPerQuery excluded documents per query (fewer when the catalogue is small)
     * @param heldOutPerQuery  held-out positives per query, drawn outside the excluded ones
     */
    public static RandomEvalProblem generate(int queryCount, int documentCount, int dim, int excludedPerQuery,
                                             int heldOutPerQuery, long seed) {
        return generate(queryCount, documentCount, dim, excludedPerQuery, heldOutPerQuery, seed, 0);
    }

    /**
     * As above, with the embeddings drawn around {@code clusters} random centres (spread
     * {@value #CLUSTER_SPREAD} around a standard normal centre), closer to what a trained tower
     * produces than isotropic noise, which is the hardest case for a graph index; 0 clusters gives
     * the isotropic vectors.
     */
    public static RandomEvalProblem generate(int queryCount, int documentCount, int dim, int excludedPerQuery,
                                             int heldOutPerQuery, long seed, int clusters) {
        if (clusters < 0) {
            throw new IllegalArgumentException("clusters must be >= 0, was " + clusters);
        }
        if (queryCount < 1 || documentCount < 1 || dim < 1 || heldOutPerQuery < 1 || excludedPerQuery < 0) {
            throw new IllegalArgumentException("queries, documents, dim and held-out count must be >= 1 "
                    + "and the excluded count >= 0");
        }
        Random random = new Random(seed);
        EmbeddingMatrix centres = clusters == 0 ? null : gaussian(clusters, dim, random, null, 1);
        float spread = clusters == 0 ? 1 : CLUSTER_SPREAD;
        EmbeddingMatrix queries = gaussian(queryCount, dim, random, centres, spread);
        EmbeddingMatrix documents = gaussian(documentCount, dim, random, centres, spread);
        int excluded = Math.min(excludedPerQuery, documentCount - 1);
        int heldOut = Math.min(heldOutPerQuery, documentCount - excluded);
        int[] queryIndex = new int[queryCount];
        int[][] targets = new int[queryCount][];
        int[][] exclusions = new int[queryCount][];
        boolean[] taken = new boolean[documentCount];
        for (int q = 0; q < queryCount; q++) {
            queryIndex[q] = q;
            exclusions[q] = drawDistinct(excluded, documentCount, taken, random);
            targets[q] = drawDistinct(heldOut, documentCount, taken, random);
            for (int d : exclusions[q]) {
                taken[d] = false;
            }
            for (int d : targets[q]) {
                taken[d] = false;
            }
        }
        return new RandomEvalProblem(queries, documents, EvalTargets.of(queryIndex, targets, exclusions));
    }

    /** Standard normal rows times {@code spread}, each around a random one of {@code centres} when given. */
    private static EmbeddingMatrix gaussian(int rows, int dim, Random random, EmbeddingMatrix centres, float spread) {
        float[] data = new float[rows * dim];
        for (int r = 0; r < rows; r++) {
            int centre = centres == null ? -1 : random.nextInt(centres.rows());
            for (int c = 0; c < dim; c++) {
                float offset = centre < 0 ? 0 : centres.get(centre, c);
                data[r * dim + c] = offset + spread * (float) random.nextGaussian();
            }
        }
        return new EmbeddingMatrix(rows, dim, data);
    }

    private static int[] drawDistinct(int count, int bound, boolean[] taken, Random random) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            int d;
            do {
                d = random.nextInt(bound);
            } while (taken[d]);
            taken[d] = true;
            out[i] = d;
        }
        return out;
    }
}
