package io.towerlab.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.train.BatchEvent;
import io.towerlab.core.train.EpochEvent;
import org.junit.jupiter.api.Test;

class TrainingMonitorTest {

    @Test
    void manyBatchesBetweenTwoFramesBecomeOneDrainWithTheLatestProgress() {
        TrainingMonitor monitor = new TrainingMonitor();
        for (int step = 1; step <= 500; step++) {
            monitor.onBatch(new BatchEvent(1, step, step, 500, 1f / step, 1000));
        }
        monitor.onEpoch(new EpochEvent(1, 500, 0.1, 0.2, null, true, 1));

        TrainingMonitor.Pending pending = monitor.drain();

        assertThat(pending.losses()).hasSize(500);
        assertThat(pending.latest().step()).isEqualTo(500);
        assertThat(pending.epochs()).hasSize(1);
        assertThat(monitor.drain().isEmpty()).isTrue();
    }

    @Test
    void theBufferStaysBoundedWhenTheUiFallsBehind() {
        TrainingMonitor monitor = new TrainingMonitor();
        int n = TrainingMonitor.MAX_PENDING_POINTS * 5;
        for (int step = 1; step <= n; step++) {
            monitor.onBatch(new BatchEvent(1, step, step, n, 1f, 1000));
        }
        TrainingMonitor.Pending pending = monitor.drain();
        assertThat(pending.losses().size()).isLessThanOrEqualTo(TrainingMonitor.MAX_PENDING_POINTS)
                .isGreaterThan(TrainingMonitor.MAX_PENDING_POINTS / 4);
        assertThat(pending.losses().get(0).x()).isEqualTo(1);
        assertThat(pending.latest().step()).isEqualTo(n);
    }
}
