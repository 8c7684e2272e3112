package io.towerlab.core.train;

import io.towerlab.core.eval.IndexRecall;
import io.towerlab.core.eval.MetricSet;

/**
 * Metrics of a model ranked through an HNSW index rather than the whole catalogue, and how much
 * of the exact top-k the index found: the metrics are only as good as that recall.
 *
 * @param metrics       the metrics of the approximate lists
 * @param recall        the index's recall against the exact top-k on a sample of queries
 * @param buildSeconds  time to build the index
 * @param searchSeconds time to rank every evaluated query through the index
 */
public record ApproximateEvaluation(MetricSet metrics, IndexRecall recall, double buildSeconds,
                                    double searchSeconds) {
}
