package io.towerlab.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.store.MetricPoint;
import io.towerlab.core.store.RunFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecallCurveTest {

    @Test
    void recallPointsAreTakenFromTheMetricsInOrderOfK() {
        Curve c = RecallCurve.of("run", Map.of("recall@50", 0.5, "recall@10", 0.2, "ndcg@10", 0.1,
                "recall@x", 3.0, "recall@100", 0.7));
        assertThat(c.x()).containsExactly(10, 50, 100);
        assertThat(c.y()).containsExactly(0.2, 0.5, 0.7);
        assertThat(RecallCurve.largestK(Map.of("recall@50", 0.5, "mrr", 0.1))).isEqualTo(50);
        assertThat(RecallCurve.of("none", null).size()).isZero();
    }

    @Test
    void everyKCurveStartsAtOne() {
        Curve c = RecallCurve.ofEveryK("m", new double[] {0.1, 0.15, 0.3});
        assertThat(c.x()).containsExactly(1, 2, 3);
        assertThat(c.y()).containsExactly(0.1, 0.15, 0.3);
    }

    @Test
    void cachedCurveIsReadBackOnlyWhenItReachesTheLargestK(@TempDir Path dir) throws Exception {
        RunFolder run = new RunFolder(dir);
        new RecallAtK("r", 12, new double[] {0.1, 0.2}, new double[] {0.05, 0.06}, 1.5).write(run);
        assertThat(RecallAtK.read(run, 2).model()).containsExactly(0.1, 0.2);
        assertThat(RecallAtK.read(run, 3)).isNull();
    }

    @Test
    void curvesFollowTheChosenAxisAndTheLastValueAtAnXWins() {
        List<MetricPoint> log = List.of(new MetricPoint(1, 0, "train/batch_loss", 3.0, 1000),
                new MetricPoint(2, 0, "train/batch_loss", 2.0, 3000),
                new MetricPoint(2, 0, "valid/recall@10", 0.1, 3500),
                new MetricPoint(4, 1, "train/batch_loss", 1.0, 5000),
                new MetricPoint(5, 1, "train/batch_loss", null, 6000));
        Map<String, Curve> bySteps = RunCurves.of(log, CurveAxis.STEP);
        assertThat(bySteps.get("train/batch_loss").x()).containsExactly(1, 2, 4);
        Map<String, Curve> byEpoch = RunCurves.of(log, CurveAxis.EPOCH);
        assertThat(byEpoch.get("train/batch_loss").y()).containsExactly(2.0, 1.0);
        Map<String, Curve> byTime = RunCurves.of(log, CurveAxis.TIME);
        assertThat(byTime.get("train/batch_loss").x()).containsExactly(0, 2, 4);
        assertThat(RunCurves.names(List.of(bySteps))).containsExactly("train/batch_loss", "valid/recall@10");
    }
}
