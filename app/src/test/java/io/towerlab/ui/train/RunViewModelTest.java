package io.towerlab.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.ui.TestPaths;
import io.towerlab.core.spec.SpecReader;
import io.towerlab.core.train.BatchEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunViewModelTest {

    @Test
    void aLongRunsLossCurveStaysEvenlySampledWithinItsPointBudget() throws Exception {
        RunViewModel run = new RunViewModel(new SpecReader().read(TestPaths.EXPERIMENTS.resolve("movies-small-fps.json")));
        run.started();
        int steps = 50_000;
        for (int step = 1; step <= steps; step++) {
            run.monitor().onBatch(new BatchEvent(1, step, step, steps, 1f / step, 1e5));
            if (step % 250 == 0) {
                run.drain();
            }
        }
        List<Point> loss = List.copyOf(run.loss());
        assertThat(loss.size()).isBetween(RunViewModel.MAX_CURVE_POINTS / 2, RunViewModel.MAX_CURVE_POINTS);
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (int i = 1; i < loss.size(); i++) {
            double gap = loss.get(i).x() - loss.get(i - 1).x();
            smallest = Math.min(smallest, gap);
            largest = Math.max(largest, gap);
        }
        assertThat(largest).as("widest gap between kept steps").isLessThanOrEqualTo(2 * smallest);
        assertThat(loss.get(loss.size() - 1).x()).isGreaterThan(steps - 2 * largest);
        assertThat(run.smoothedLoss()).hasSameSizeAs(loss);
    }
}
