package io.towerlab.core.eval;

/**
 * The metrics of one evaluation and where its time went.
 *
 * @param metrics     the retrieval metrics
 * @param engineNanos time in the engine: copying blocks in, matrix product, masking, top-k, copying results out
 * @param javaNanos   time in Java: gathering query rows, building masks, accumulating metrics
 * @param blocks      number of query blocks scored
 */
public record EvaluationReport(MetricSet metrics, long engineNanos, long javaNanos, int blocks) {

    public double engineSeconds() {
        return engineNanos / 1e9;
    }

    public double javaSeconds() {
        return javaNanos / 1e9;
    }
}
