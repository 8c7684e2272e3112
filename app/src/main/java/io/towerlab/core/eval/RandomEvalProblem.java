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

    /**
     * @param excludedPerQuery excluded documents per query (fewer when the catalogue is small)
     * @param heldOutPerQuery  held-out positives per query, drawn outside the excluded ones
     */
    public static RandomEvalProblem generate(int queryCount, int documentCount, int dim, int excludedPerQuery,
                                             int heldOutPerQuery, long seed) {
        if (queryCount < 1 || documentCount < 1 || dim < 1 || heldOutPerQuery < 1 || excludedPerQuery < 0) {
            throw new IllegalArgumentException("queries, documents, dim and held-out count must be >= 1 "
                    + "and the excluded count >= 0");
        }
        Random random = new Random(seed);
        EmbeddingMatrix queries = gaussian(queryCount, dim, random);
        EmbeddingMatrix documents = gaussian(documentCount, dim, random);
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

    private static EmbeddingMatrix gaussian(int rows, int dim, Random random) {
        float[] data = new float[rows * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
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
