package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetrievalEvaluatorTest {
    private static NDManager manager;

    @BeforeAll
    static void openEngine() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void closeEngine() {
        manager.close();
    }

    /** Five documents on a line of 2-D vectors; query 0 = (1, 0) scores them 5, 4, 3, 2, 1 in reverse. */
    private static final EmbeddingMatrix DOCUMENTS = new EmbeddingMatrix(5, 2, new float[] {
        1, 0,
        2, 0,
        3, 0,
        4, 0,
        5, 1,
    });
    private static final EmbeddingMatrix QUERIES = new EmbeddingMatrix(2, 2, new float[] {
        1, 0,
        0, -1,
    });

    private static List<int[]> ranked(RetrievalEvaluator evaluator, EvalTargets targets, int k) {
        List<int[]> lists = new ArrayList<>();
        evaluator.rank(QUERIES, DOCUMENTS, targets, k, (t, docs, from, length) ->
                lists.add(java.util.Arrays.copyOfRange(docs, from, from + length)));
        return lists;
    }

    @Test
    void ranksTheWholeCatalogueByDotProduct() {
        EvalTargets targets = EvalTargets.of(new int[] {0, 1}, new int[][] {{0}, {0}}, new int[][] {{}, {}});

        List<int[]> lists = ranked(new RetrievalEvaluator(manager, 1), targets, 3);

        assertThat(lists.get(0)).containsExactly(4, 3, 2);
        // query (0, -1) scores document 4 at -1 and the others at 0: document 4 is last
        assertThat(lists.get(1)).hasSize(3).doesNotContain(4);
    }

    @Test
    void excludedDocumentsNeverAppearAndShortListsAreTruncated() {
        EvalTargets targets = EvalTargets.of(new int[] {0}, new int[][] {{0}}, new int[][] {{4, 2, 1}});

        List<int[]> lists = ranked(new RetrievalEvaluator(manager, 8), targets, 5);

        assertThat(lists.get(0)).containsExactly(3, 0);
    }

    @Test
    void metricsOfATinyCatalogueMatchHandComputedValues() {
        // query 0 ranks 4, 3, 2, 1, 0; held-out {3, 0}; excluded {4} -> list 3, 2, 1, 0
        EvalTargets targets = EvalTargets.of(new int[] {0}, new int[][] {{3, 0}}, new int[][] {{4}});

        MetricSet m = new RetrievalEvaluator(manager, 4).evaluate(QUERIES, DOCUMENTS, targets, new int[] {1, 4});

        assertThat(m.queries()).isEqualTo(1);
        assertThat(m.get("recall@1")).isEqualTo(0.5);
        assertThat(m.get("recall@4")).isEqualTo(1.0);
        assertThat(m.get("hitrate@1")).isEqualTo(1.0);
        assertThat(m.get("mrr")).isEqualTo(1.0);
        double dcg4 = 1 + 1 / (Math.log(5) / Math.log(2));
        double idcg4 = 1 + 1 / (Math.log(3) / Math.log(2));
        assertThat(m.get("ndcg@4")).isCloseTo(dcg4 / idcg4, within(1e-12));
        assertThat(m.get("coverage@1")).isEqualTo(1 / 5.0);
        assertThat(m.get("coverage@4")).isEqualTo(4 / 5.0);
    }

    @Test
    void aHeldOutDocumentThatIsExcludedIsDroppedAndNeverRetrieved() {
        // query 0 re-clicked its training document 4, which would rank first; its other target 3 counts alone
        EvalTargets targets = EvalTargets.of(new int[] {0, 1}, new int[][] {{4, 3}, {4}}, new int[][] {{4}, {4}});

        MetricSet m = new RetrievalEvaluator(manager, 2).evaluate(QUERIES, DOCUMENTS, targets, new int[] {1, 5});

        assertThat(targets.droppedTargets()).isEqualTo(2);
        assertThat(m.queries()).isEqualTo(1);
        assertThat(m.get("recall@1")).isEqualTo(1.0);
        assertThat(m.get("coverage@5")).isEqualTo(4 / 5.0);
    }

    @Test
    void excludedDocumentsNeverAppearInAnyTopKOnRandomData() {
        RandomEvalProblem p = RandomEvalProblem.generate(50, 80, 4, 30, 2, 11);
        RetrievalEvaluator evaluator = new RetrievalEvaluator(manager, 7);
        int[] seen = new int[1];

        evaluator.rank(p.queries(), p.documents(), p.targets(), 50, (t, docs, from, length) -> {
            assertThat(length).isEqualTo(50);
            for (int i = from; i < from + length; i++) {
                assertThat(p.targets().isExcluded(t, docs[i])).isFalse();
            }
            seen[0]++;
        });

        assertThat(seen[0]).isEqualTo(50);
    }

    @Test
    void vectorsOfOnlyTheEvaluatedQueriesGiveTheSameMetricsAsEveryQuerysVectors() {
        RandomEvalProblem p = RandomEvalProblem.generate(40, 60, 4, 10, 2, 5);
        int[] evaluated = {31, 4, 17, 22};
        int[][] heldOut = new int[evaluated.length][];
        int[][] excluded = new int[evaluated.length][];
        for (int i = 0; i < evaluated.length; i++) {
            heldOut[i] = p.targets().heldOut(evaluated[i]);
            excluded[i] = p.targets().excluded(evaluated[i]);
        }
        EvalTargets targets = EvalTargets.of(evaluated, heldOut, excluded);
        int dim = p.queries().dim();
        float[] rows = new float[evaluated.length * dim];
        int[] order = targets.queries();
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(p.queries().data(), order[i] * dim, rows, i * dim, dim);
        }
        RetrievalEvaluator evaluator = new RetrievalEvaluator(manager, 3);
        int[] ks = {1, 5, 20};

        MetricSet full = evaluator.evaluate(p.queries(), p.documents(), targets, ks);
        MetricSet onlyEvaluated = evaluator.evaluate(new EmbeddingMatrix(order.length, dim, rows), p.documents(),
                targets.byPosition(), ks);

        assertThat(order).containsExactly(evaluated);
        assertThat(onlyEvaluated).isEqualTo(full);
        assertThat(full.get("recall@20")).isGreaterThan(0.0);
    }

    @Test
    void everyBlockReleasesItsNativeArraysAcrossRepeatedEvaluations() {
        RandomEvalProblem p = RandomEvalProblem.generate(30, 40, 4, 5, 2, 3);
        try (NDManager parent = manager.newSubManager()) {
            RetrievalEvaluator evaluator = new RetrievalEvaluator(parent, 4);
            List<Integer> openDuringRanking = new ArrayList<>();
            for (int run = 0; run < 20; run++) {
                evaluator.rank(p.queries(), p.documents(), p.targets(), 10,
                        (t, docs, from, length) -> openDuringRanking.add(parent.getManagedArrays().size()));
                evaluator.evaluate(p.queries(), p.documents(), p.targets(), new int[] {5, 10});
                assertThat(parent.getManagedArrays()).as("arrays left after run %d", run).isEmpty();
            }
            // only the document matrix (and its transposed view) stays open while blocks are scored
            assertThat(openDuringRanking).hasSize(20 * 30).allSatisfy(n -> assertThat(n).isBetween(1, 2));
            assertThat(parent.isOpen()).isTrue();
        }
    }

    @Test
    void theDefaultBlockSizeKeepsOneScoreBlockWithinTheByteBudget() {
        assertThat(RetrievalEvaluator.blockSizeFor(20_000, 64L << 20)).isEqualTo(838);
        assertThat(RetrievalEvaluator.blockSizeFor(1 << 30, 1024)).isEqualTo(1);
        RetrievalEvaluator small = RetrievalEvaluator.forCatalogue(manager, DOCUMENTS.rows());
        EvalTargets targets = EvalTargets.of(new int[] {0}, new int[][] {{4}}, new int[][] {{}});

        assertThat(small.evaluate(QUERIES, DOCUMENTS, targets, new int[] {1}).get("recall@1")).isEqualTo(1.0);
    }

    @Test
    void mismatchedDimensionsAreRejectedWithTheSizes() {
        EvalTargets targets = EvalTargets.of(new int[] {0}, new int[][] {{0}}, new int[][] {{}});
        EmbeddingMatrix wide = new EmbeddingMatrix(1, 3, new float[3]);

        assertThatThrownBy(() -> new RetrievalEvaluator(manager, 4).evaluate(wide, DOCUMENTS, targets, new int[] {1}))
                .hasMessageContaining("3 dims").hasMessageContaining("2");
    }
}
