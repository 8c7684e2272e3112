package io.towerlab.core.train;

import io.towerlab.core.eval.MetricSet;
import io.towerlab.core.spec.ExperimentSpec;

/**
 * Tracks the selection metric over validation rounds: which round is best, and whether it has
 * failed to improve for {@code patience} rounds (patience 0 = never stop early).
 */
final class EarlyStopping {
    private final String metric;
    private final int patience;
    private double best = Double.NaN;
    private boolean recorded;
    private int roundsWithoutImprovement;

    EarlyStopping(String metric, int patience) {
        this.metric = metric;
        this.patience = patience;
    }

    static EarlyStopping of(ExperimentSpec spec) {
        var early = spec.training().earlyStopping();
        String metric = early != null && early.metric() != null ? early.metric() : spec.evaluation().metric();
        return new EarlyStopping(metric, early == null ? 0 : early.patience());
    }

    /** Records a validation round; true when it is the best so far. */
    boolean record(MetricSet metrics) {
        double value = metrics.has(metric) ? metrics.get(metric) : Double.NaN;
        if (!recorded || value > best || Double.isNaN(best) && !Double.isNaN(value)) {
            recorded = true;
            best = value;
            roundsWithoutImprovement = 0;
            return true;
        }
        roundsWithoutImprovement++;
        return false;
    }

    /** True once a validation round has been recorded. */
    boolean hasRecord() {
        return recorded;
    }

    /** Continues from a saved state (resuming a run). */
    void restore(double bestValue, boolean wasRecorded, int rounds) {
        this.best = bestValue;
        this.recorded = wasRecorded;
        this.roundsWithoutImprovement = rounds;
    }

    double best() {
        return best;
    }

    int roundsWithoutImprovement() {
        return roundsWithoutImprovement;
    }

    boolean shouldStop() {
        return patience > 0 && roundsWithoutImprovement >= patience;
    }

    String metric() {
        return metric;
    }

    int patience() {
        return patience;
    }
}
