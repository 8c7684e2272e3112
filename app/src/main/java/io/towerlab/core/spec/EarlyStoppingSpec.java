package io.towerlab.core.spec;

import java.util.Objects;

/**
 * Stop training when {@code metric} on the validation split has not improved for {@code patience}
 * validations in a row; the best epoch's weights are kept.
 *
 * @param metric a metric name as in {@link MetricName}, e.g. {@code "recall@50"}
 */
public record EarlyStoppingSpec(String metric, int patience) {

    public EarlyStoppingSpec {
        Objects.requireNonNull(metric, "metric");
    }
}
