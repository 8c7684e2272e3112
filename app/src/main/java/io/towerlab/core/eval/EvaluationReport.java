package io.towerlab.core.eval;

/**
 * The metrics of one evaluation and where its time went.
 *
 * @param metrics      the retrieval metrics
 * @param productNanos engine time to score: copying query blocks in, matrix products, masking exclusions
 * @param topKNanos    engine time to select: top-k and copying the indices out
 * @param javaNanos    time in Java: gathering query rows, building masks, accumulating metrics
 * @param blocks       number of query blocks scored
 */
public record EvaluationReport(MetricSet metrics, long productNanos, long topKNanos, long javaNanos, int blocks) {

    public long engineNanos() {
        return productNanos + topKNanos;
    }

    public double engineSeconds() {
        return engineNanos() / 1e9;
    }

    public double javaSeconds() {
        return javaNanos / 1e9;
    }
}
