package io.towerlab.core.compare;

import io.towerlab.core.store.MetricPoint;

/** What a comparison plots curves against: the optimizer step, the epoch, or wall time. */
public enum CurveAxis {
    STEP("step"), EPOCH("epoch"), TIME("seconds");

    private final String label;

    CurveAxis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The x of a logged point; time counts seconds from {@code startMillis}, the run's first logged value. */
    double x(MetricPoint p, long startMillis) {
        return switch (this) {
            case STEP -> p.step();
            case EPOCH -> p.epoch();
            case TIME -> (p.time() - startMillis) / 1000.0;
        };
    }
}
