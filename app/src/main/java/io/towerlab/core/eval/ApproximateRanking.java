package io.towerlab.core.eval;

/**
 * Ranks evaluated queries with an {@link HnswIndex} instead of scoring the whole catalogue: the
 * same ranked lists as {@link RetrievalEvaluator#rank}, excluded documents removed, but approximate.
 * For catalogues where exact scoring per query is too slow; report its {@link IndexRecall} beside
 * any metric computed from it.
 */
public final class ApproximateRanking {
    private final HnswIndex index;
    private final int candidates;

    /**
     * @param candidates candidates kept per search (HNSW's ef); a list of k uses max(k, candidates)
     */
    public ApproximateRanking(HnswIndex index, int candidates) {
        this.index = index;
        this.candidates = candidates;
    }

    /** Passes each query's approximate top-k (best first) to {@code consumer}, in target order. */
    public void rank(EmbeddingMatrix queries, EvalTargets targets, int k,
                     RetrievalEvaluator.RankedListConsumer consumer) {
        if (queries.dim() != index.dim()) {
            throw new IllegalArgumentException("query vectors have " + queries.dim() + " dims and the index "
                    + index.dim() + ": a dot product needs equal sizes");
        }
        float[] query = new float[queries.dim()];
        for (int i = 0; i < targets.size(); i++) {
            System.arraycopy(queries.data(), targets.query(i) * queries.dim(), query, 0, query.length);
            int[] list = index.search(query, k, candidates, targets.excluded(i));
            consumer.accept(i, list, 0, list.length);
        }
    }

    /** Metrics of the approximate lists at the given cut-offs (same definitions as the exact evaluation). */
    public MetricSet evaluate(EmbeddingMatrix queries, EvalTargets targets, int[] ks) {
        RankingMetrics metrics = new RankingMetrics(ks, index.size());
        rank(queries, targets, metrics.maxK(), (target, list, from, length) ->
                metrics.add(list, from, length, d -> targets.isHeldOut(target, d), targets.heldOutCount(target)));
        return metrics.result();
    }
}
