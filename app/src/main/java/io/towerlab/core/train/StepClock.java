package io.towerlab.core.train;

/** Accumulates where step time goes, for events, results and the training benchmark. */
final class StepClock {
    private long steps;
    private long examples;
    private long examplesThisEpoch;
    private long prepareNanos;
    private long waitNanos;
    private long forwardNanos;
    private long backwardNanos;
    private long optimizerNanos;

    void prepared(long nanos, int batchSize) {
        prepareNanos += nanos;
        examples += batchSize;
        examplesThisEpoch += batchSize;
        steps++;
    }

    void waited(long nanos) {
        waitNanos += nanos;
    }

    void engine(long forward, long backward, long optimizer) {
        forwardNanos += forward;
        backwardNanos += backward;
        optimizerNanos += optimizer;
    }

    long examplesThisEpoch() {
        return examplesThisEpoch;
    }

    void endEpoch() {
        examplesThisEpoch = 0;
    }

    /** Examples per second of engine plus waiting time, i.e. of the training steps themselves. */
    double examplesPerSecond() {
        double seconds = (waitNanos + forwardNanos + backwardNanos + optimizerNanos) / 1e9;
        return seconds > 0 ? examples / seconds : 0;
    }

    StepTimes times() {
        return new StepTimes(steps, prepareNanos / 1e9, waitNanos / 1e9, forwardNanos / 1e9, backwardNanos / 1e9,
                optimizerNanos / 1e9);
    }
}
