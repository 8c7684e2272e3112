package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    private static MetricSet twoQueries() {
        RankingMetrics metrics = new RankingMetrics(new int[] {3, 1}, 6);
        metrics.add(new int[] {2, 5, 1, 0}, new int[] {5, 0, 4});
        metrics.add(new int[] {3, 4, 0, 1}, new int[] {3});
        return metrics.result();
    }

    @Test
    void averagesHandComputedValuesOverQueries() {
        MetricSet m = twoQueries();

        assertThat(m.queries()).isEqualTo(2);
        assertThat(m.get("recall@1")).isEqualTo(0.5);
        assertThat(m.get("recall@3")).isCloseTo((1.0 / 3 + 1) / 2, within(1e-12));
        assertThat(m.get("hitrate@1")).isEqualTo(0.5);
        assertThat(m.get("hitrate@3")).isEqualTo(1.0);
        assertThat(m.get("ndcg@1")).isEqualTo(0.5);
        double firstNdcg3 = (1 / LOG2_3) / (1 + 1 / LOG2_3 + 0.5);
        assertThat(m.get("ndcg@3")).isCloseTo((firstNdcg3 + 1) / 2, within(1e-12));
        assertThat(m.get("mrr")).isEqualTo(0.75);
        assertThat(m.get("coverage@1")).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(m.get("coverage@3")).isEqualTo(1.0);
    }

    @Test
    void reportsExactlyTheDocumentedKeysInOrder() {
        assertThat(twoQueries().values().keySet()).containsExactly(
                "recall@1", "recall@3", "hitrate@1", "hitrate@3", "ndcg@1", "ndcg@3", "mrr",
                "coverage@1", "coverage@3");
    }

    @Test
    void serialisesToJsonWithTheMetricNamesAsKeys() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(twoQueries());

        assertThat(json).startsWith("{\"queries\":2,\"values\":{\"recall@1\":0.5,").contains("\"mrr\":0.75");
    }

    @Test
    void recallIsZeroWhenNoPositiveIsRetrieved() {
        RankingMetrics metrics = new RankingMetrics(new int[] {2}, 4);
        metrics.add(new int[] {0, 1}, new int[] {3});

        MetricSet m = metrics.result();

        assertThat(m.get("recall@2")).isZero();
        assertThat(m.get("hitrate@2")).isZero();
        assertThat(m.get("ndcg@2")).isZero();
        assertThat(m.get("mrr")).isZero();
    }

    @Test
    void reciprocalRankIsCutOffAtTheLargestK() {
        RankingMetrics metrics = new RankingMetrics(new int[] {2}, 5);
        metrics.add(new int[] {0, 1, 2, 3}, new int[] {3});

        assertThat(metrics.result().get("mrr")).isZero();
    }

    @Test
    void ndcgIsOneWhenTheFirstRanksHoldEveryPositive() {
        RankingMetrics metrics = new RankingMetrics(new int[] {5}, 10);
        metrics.add(new int[] {7, 2, 9, 0, 1}, new int[] {2, 7});

        MetricSet m = metrics.result();

        assertThat(m.get("ndcg@5")).isCloseTo(1.0, within(1e-12));
        assertThat(m.get("recall@5")).isEqualTo(1.0);
    }

    @Test
    void idealDcgUsesAtMostKPositives() {
        // four positives, k = 2, both top ranks are positives: NDCG@2 = 1, recall@2 = 1/2
        RankingMetrics metrics = new RankingMetrics(new int[] {2}, 10);
        metrics.add(new int[] {4, 5}, new int[] {4, 5, 6, 7});

        MetricSet m = metrics.result();

        assertThat(m.get("ndcg@2")).isCloseTo(1.0, within(1e-12));
        assertThat(m.get("recall@2")).isEqualTo(0.5);
    }

    @Test
    void aShortListCountsOnlyWhatItHolds() {
        RankingMetrics metrics = new RankingMetrics(new int[] {1, 10}, 3);
        metrics.add(new int[] {1, 2}, new int[] {2, 0});

        MetricSet m = metrics.result();

        assertThat(m.get("recall@10")).isEqualTo(0.5);
        assertThat(m.get("coverage@10")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(m.get("mrr")).isEqualTo(0.5);
    }

    @Test
    void rejectsInvalidCutOffsAndQueriesWithoutPositives() {
        assertThatThrownBy(() -> new RankingMetrics(new int[] {0}, 3)).hasMessageContaining(">= 1");
        assertThatThrownBy(() -> new RankingMetrics(new int[] {}, 3)).hasMessageContaining("at least one k");
        RankingMetrics metrics = new RankingMetrics(new int[] {1}, 3);
        assertThatThrownBy(() -> metrics.add(new int[] {0}, new int[] {})).hasMessageContaining("held-out");
    }
}
