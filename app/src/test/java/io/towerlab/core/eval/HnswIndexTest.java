package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HnswIndexTest {
    private static final RandomEvalProblem PROBLEM = RandomEvalProblem.generate(200, 3000, 16, 20, 3, 7);
    private static HnswIndex index;
    private static NDManager manager;

    @BeforeAll
    static void build() {
        manager = NDManager.newBaseManager();
        index = HnswIndex.build(PROBLEM.documents(), 42);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void findsADocumentsOwnVectorFirstWhenItHasTheLargestNorm() {
        float[] data = PROBLEM.documents().data().clone();
        for (int j = 0; j < 16; j++) {
            data[123 * 16 + j] *= 50;
        }
        HnswIndex scaled = HnswIndex.build(new EmbeddingMatrix(3000, 16, data), 1);
        float[] query = Arrays.copyOfRange(data, 123 * 16, 124 * 16);

        assertThat(scaled.search(query, 5, 50, new int[0])).hasSize(5).startsWith(123);
    }

    @Test
    void excludedDocumentsAreNeverReturned() {
        ApproximateRanking ranking = new ApproximateRanking(index, 50);

        ranking.rank(PROBLEM.queries(), PROBLEM.targets(), 20, (target, list, from, length) -> {
            assertThat(length).isEqualTo(20);
            for (int i = from; i < from + length; i++) {
                assertThat(PROBLEM.targets().isExcluded(target, list[i])).isFalse();
            }
        });
    }

    @Test
    void recallAgainstTheExactTopKIsHighAndGrowsWithTheCandidates() {
        RetrievalEvaluator exact = new RetrievalEvaluator(manager, 64);

        IndexRecall narrow = IndexRecall.measure(exact, new ApproximateRanking(index, 10), PROBLEM.queries(),
                PROBLEM.documents(), PROBLEM.targets(), 10, 100, 3);
        IndexRecall wide = IndexRecall.measure(exact, new ApproximateRanking(index, 200), PROBLEM.queries(),
                PROBLEM.documents(), PROBLEM.targets(), 10, 100, 3);

        assertThat(wide.queries()).isEqualTo(100);
        assertThat(wide.recall()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
        assertThat(wide.recall()).isGreaterThanOrEqualTo(narrow.recall());
    }

    @Test
    void approximateMetricsAreCloseToTheExactOnesWithManyCandidates() {
        int[] ks = {10, 50};
        MetricSet exact = new RetrievalEvaluator(manager, 64).evaluate(PROBLEM.queries(), PROBLEM.documents(),
                PROBLEM.targets(), ks);
        MetricSet approximate = new ApproximateRanking(index, 300).evaluate(PROBLEM.queries(), PROBLEM.targets(), ks);

        assertThat(approximate.queries()).isEqualTo(exact.queries());
        assertThat(approximate.get("recall@50")).isCloseTo(exact.get("recall@50"), within(0.02));
    }

    @Test
    void aQueryOfTheWrongSizeIsRejectedWithBothSizes() {
        assertThatThrownBy(() -> index.search(new float[3], 5, 10, new int[0]))
                .hasMessageContaining("3 dims").hasMessageContaining("16");
    }

    @Test
    void searchingOnSeveralThreadsGivesTheSameListsInTheSameOrderAsOne() {
        int[][] one = lists(new ApproximateRanking(index, 50, 1));
        int[][] several = lists(new ApproximateRanking(index, 50, 3));

        assertThat(several).isDeepEqualTo(one);
    }

    @Test
    void aGraphBuiltOnSeveralThreadsFindsTheExactTopKAsWell() {
        HnswIndex concurrent = HnswIndex.build(PROBLEM.documents(), HnswIndex.DEFAULT_MAX_CONNECTIONS,
                HnswIndex.DEFAULT_BEAM_WIDTH, 42, 2);

        IndexRecall recall = IndexRecall.measure(new RetrievalEvaluator(manager, 64),
                new ApproximateRanking(concurrent, 200), PROBLEM.queries(), PROBLEM.documents(), PROBLEM.targets(),
                10, 100, 3);

        assertThat(concurrent.size()).isEqualTo(3000);
        assertThat(recall.recall()).isGreaterThan(0.95);
    }

    @Test
    void aCatalogueKeptOnTheEngineRanksExactlyAsOneCopiedPerCall() {
        RetrievalEvaluator exact = new RetrievalEvaluator(manager, 7);
        int[][] copied = new int[PROBLEM.targets().size()][];
        int[][] resident = new int[PROBLEM.targets().size()][];
        exact.rank(PROBLEM.queries(), PROBLEM.documents(), PROBLEM.targets(), 15,
                (t, list, from, length) -> copied[t] = Arrays.copyOfRange(list, from, from + length));
        try (ResidentCatalogue catalogue = new ResidentCatalogue(manager, PROBLEM.documents())) {
            exact.rank(PROBLEM.queries(), catalogue, PROBLEM.targets(), 15,
                    (t, list, from, length) -> resident[t] = Arrays.copyOfRange(list, from, from + length));
        }

        assertThat(resident).isDeepEqualTo(copied);
    }

    @Test
    void aCatalogueWithANonFiniteVectorIsRefusedWhenPlacedOnTheEngine() {
        float[] data = PROBLEM.documents().data().clone();
        data[5 * 16 + 2] = Float.NaN;

        assertThatThrownBy(() -> new ResidentCatalogue(manager, new EmbeddingMatrix(3000, 16, data)))
                .hasMessageContaining("row 5").hasMessageContaining("NaN");
    }

    private static int[][] lists(ApproximateRanking ranking) {
        int[][] out = new int[PROBLEM.targets().size()][];
        int[] next = {0};
        ranking.rank(PROBLEM.queries(), PROBLEM.targets(), 10, (target, list, from, length) -> {
            assertThat(target).isEqualTo(next[0]++);
            out[target] = Arrays.copyOfRange(list, from, from + length);
        });
        return out;
    }
}
