package io.towerlab.core.spec;

import java.util.List;
import java.util.Objects;

/**
 * What is measured and when.
 *
 * @param ks         the cut-offs k of recall@k, hit-rate@k, NDCG@k and coverage@k, increasing
 * @param validEvery evaluate on the validation split every this many epochs
 * @param metric     the metric that picks the best epoch, as in {@link MetricName}, e.g. {@code "recall@50"}
 */
public record EvaluationSpec(List<Integer> ks, int validEvery, String metric) {

    public EvaluationSpec {
        ks = List.copyOf(ks);
        Objects.requireNonNull(metric, "metric");
    }
}
