package io.towerlab.core.eval;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Ranks evaluated queries with an {@link HnswIndex} instead of scoring the whole catalogue: the
 * same ranked lists as {@link RetrievalEvaluator#rank}, excluded documents removed, but approximate.
 * For catalogues where exact scoring per query is too slow; report its {@link IndexRecall} beside
 * any metric computed from it.
 */
public final class ApproximateRanking {
    /** Queries searched side by side before their lists are handed on in order. */
    private static final int CHUNK = 512;

    private final HnswIndex index;
    private final int candidates;
    private final int threads;

    /**
     * Searches on every available core.
     *
     * @param candidates candidates kept per search (HNSW's ef); a list of k uses max(k, candidates)
     */
    public ApproximateRanking(HnswIndex index, int candidates) {
        this(index, candidates, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads queries searched at once; the lists and their order do not depend on it */
    public ApproximateRanking(HnswIndex index, int candidates, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.index = index;
        this.candidates = candidates;
        this.threads = threads;
    }

    /** Passes each query's approximate top-k (best first) to {@code consumer}, in target order. */
    public void rank(EmbeddingMatrix queries, EvalTargets targets, int k,
                     RetrievalEvaluator.RankedListConsumer consumer) {
        if (queries.dim() != index.dim()) {
            throw new IllegalArgumentException("query vectors have " + queries.dim() + " dims and the index "
                    + index.dim() + ": a dot product needs equal sizes");
        }
        int n = targets.size();
        if (threads == 1 || n == 1) {
            for (int i = 0; i < n; i++) {
                int[] list = search(queries, targets, i, k);
                consumer.accept(i, list, 0, list.length);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (int from = 0; from < n; from += CHUNK) {
                int start = from;
                int[][] lists = new int[Math.min(CHUNK, n - from)][];
                pool.submit(() -> IntStream.range(0, lists.length).parallel()
                        .forEach(j -> lists[j] = search(queries, targets, start + j, k))).join();
                for (int j = 0; j < lists.length; j++) {
                    consumer.accept(start + j, lists[j], 0, lists[j].length);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private int[] search(EmbeddingMatrix queries, EvalTargets targets, int target, int k) {
        int dim = queries.dim();
        int row = targets.query(target) * dim;
        return index.search(Arrays.copyOfRange(queries.data(), row, row + dim), k, candidates, targets.excluded(target));
    }

    /** Metrics of the approximate lists at the given cut-offs (same definitions as the exact evaluation). */
    public MetricSet evaluate(EmbeddingMatrix queries, EvalTargets targets, int[] ks) {
        RankingMetrics metrics = new RankingMetrics(ks, index.size());
        rank(queries, targets, metrics.maxK(), (target, list, from, length) ->
                metrics.add(list, from, length, d -> targets.isHeldOut(target, d), targets.heldOutCount(target)));
        return metrics.result();
    }
}
