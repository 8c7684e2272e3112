package io.towerlab.core.eval;

import java.util.SplittableRandom;

/**
 * How much of the exact answer an approximate index finds: recall@k against the exact top-k =
 * mean over queries of |approximate top-k ∩ exact top-k| / |exact top-k|, with the same exclusions
 * on both sides. Measured on a sample of queries, since the exact answer is the costly one.
 *
 * @param recall             the mean overlap, in [0, 1]
 * @param queries            the number of queries compared
 * @param k                  the list length compared
 * @param exactSeconds       wall time of the exact ranking of the sample
 * @param approximateSeconds wall time of the approximate ranking of the sample
 */
public record IndexRecall(double recall, int queries, int k, double exactSeconds, double approximateSeconds) {

    /** Compares the approximate and the exact top-k of (a sample of at most {@code sample}) evaluated queries. */
    public static IndexRecall measure(RetrievalEvaluator exact, ApproximateRanking approximate,
                                      EmbeddingMatrix queries, EmbeddingMatrix documents, EvalTargets targets,
                                      int k, int sample, long seed) {
        return measure((compared, consumer) -> exact.rank(queries, documents, compared, k, consumer), approximate,
                queries, targets, k, sample, seed);
    }

    /** As above, against a catalogue already on the engine. */
    public static IndexRecall measure(RetrievalEvaluator exact, ApproximateRanking approximate,
                                      EmbeddingMatrix queries, ResidentCatalogue documents, EvalTargets targets,
                                      int k, int sample, long seed) {
        return measure((compared, consumer) -> exact.rank(queries, documents, compared, k, consumer), approximate,
                queries, targets, k, sample, seed);
    }

    private interface ExactRanking {
        void rank(EvalTargets compared, RetrievalEvaluator.RankedListConsumer consumer);
    }

    private static IndexRecall measure(ExactRanking exact, ApproximateRanking approximate, EmbeddingMatrix queries,
                                       EvalTargets targets, int k, int sample, long seed) {
        EvalTargets compared = sample(targets, sample, seed);
        int[][] exactLists = new int[compared.size()][];
        long t0 = System.nanoTime();
        exact.rank(compared, (target, list, from, length) ->
                exactLists[target] = java.util.Arrays.copyOfRange(list, from, from + length));
        long t1 = System.nanoTime();
        double[] overlap = new double[1];
        approximate.rank(queries, compared, k, (target, list, from, length) -> {
            int[] truth = exactLists[target].clone();
            java.util.Arrays.sort(truth);
            int found = 0;
            for (int i = from; i < from + length; i++) {
                if (java.util.Arrays.binarySearch(truth, list[i]) >= 0) {
                    found++;
                }
            }
            overlap[0] += truth.length == 0 ? 1.0 : (double) found / truth.length;
        });
        long t2 = System.nanoTime();
        int n = compared.size();
        return new IndexRecall(n == 0 ? Double.NaN : overlap[0] / n, n, k, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** At most {@code size} of the targets' queries with their exclusions, drawn without replacement, in order. */
    static EvalTargets sample(EvalTargets targets, int size, long seed) {
        int n = targets.size();
        if (size >= n) {
            return targets;
        }
        boolean[] chosen = new boolean[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int picked = 0; picked < size; ) {
            int i = random.nextInt(n);
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        int[] queries = new int[size];
        int[][] excluded = new int[size][];
        for (int i = 0, j = 0; i < n; i++) {
            if (chosen[i]) {
                queries[j] = targets.query(i);
                excluded[j++] = targets.excluded(i);
            }
        }
        return EvalTargets.exclusionsOnly(queries, excluded);
    }
}
