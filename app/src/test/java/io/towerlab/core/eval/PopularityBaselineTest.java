package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.data.ClickDataset;
import io.towerlab.core.data.DatasetSplit;
import io.towerlab.core.data.SplitRole;
import org.junit.jupiter.api.Test;

class PopularityBaselineTest {

    @Test
    void ranksByTrainingClicksThenByDocumentIndex() {
        PopularityBaseline baseline = PopularityBaseline.fromTraining(EvalTargetsTest.tinyLog(), EvalTargetsTest.tinySplit());

        assertThat(baseline.order()).containsExactly(1, 0, 2, 3, 4);
    }

    @Test
    void givesHandComputedMetricsOnATinyLog() {
        ClickDataset log = EvalTargetsTest.tinyLog();
        DatasetSplit split = EvalTargetsTest.tinySplit();
        EvalTargets test = EvalTargets.from(log, split, SplitRole.TEST);

        // query 0: order 1 0 2 3 4 minus {0,1,2} -> 3 4, held-out {3} at rank 1
        // query 2: nothing excluded -> 1 0 2 3 4, held-out {4} at rank 5
        MetricSet m = PopularityBaseline.fromTraining(log, split).evaluate(test, new int[] {1, 5});

        assertThat(m.queries()).isEqualTo(2);
        assertThat(m.get("recall@1")).isEqualTo(0.5);
        assertThat(m.get("recall@5")).isEqualTo(1.0);
        assertThat(m.get("hitrate@1")).isEqualTo(0.5);
        assertThat(m.get("ndcg@5")).isCloseTo((1 + Math.log(2) / Math.log(6)) / 2, within(1e-12));
        assertThat(m.get("mrr")).isCloseTo((1 + 0.2) / 2, within(1e-12));
        assertThat(m.get("coverage@1")).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(m.get("coverage@5")).isEqualTo(1.0);
    }

    @Test
    void directRankingEqualsTheEngineRankingOfItsVectors() {
        RandomEvalProblem problem = RandomEvalProblem.generate(40, 60, 2, 12, 3, 5);
        int[] counts = new int[60];
        for (int d = 0; d < counts.length; d++) {
            counts[d] = (d * 7) % 5;
        }
        PopularityBaseline baseline = new PopularityBaseline(counts);
        int[] ks = {1, 5, 20};

        MetricSet direct = baseline.evaluate(problem.targets(), ks);
        MetricSet engine;
        try (NDManager manager = NDManager.newBaseManager()) {
            engine = new RetrievalEvaluator(manager, 16).evaluate(PopularityBaseline.queryVectors(40),
                    baseline.documentVectors(), problem.targets(), ks);
        }

        assertThat(engine.values()).isEqualTo(direct.values());
        assertThat(direct.get("recall@20")).isGreaterThan(0);
    }
}
