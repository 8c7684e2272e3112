package io.towerlab.core.store;

/**
 * One line of {@code metrics.jsonl}: a named value at an optimizer step.
 *
 * @param value null when the value was not finite (NaN or infinite)
 * @param time  milliseconds since the epoch when it was written
 */
public record MetricPoint(long step, int epoch, String name, Double value, long time) {
}
