package io.towerlab.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Retrieval metrics of one evaluation: an ordered map from metric name to value, plus the number of
 * queries they were averaged over. Names are lowercase: {@code recall@K}, {@code hitrate@K},
 * {@code ndcg@K} and {@code coverage@K} for each requested K, and {@code mrr}. Serialises to JSON
 * as {@code {"queries": n, "values": {"recall@10": ..., ...}}}.
 *
 * @param queries number of evaluated queries (those with at least one held-out positive)
 * @param values  metric name to value, in a stable order
 */
public record MetricSet(int queries, Map<String, Double> values) {

    public MetricSet {
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a metric; throws when the metric was not computed. */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no metric '" + name + "'; computed: " + values.keySet());
        }
        return value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
