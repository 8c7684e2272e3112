package io.towerlab.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class RetrievalEvaluatorPropertyTest {
    private static NDManager manager;

    @BeforeContainer
    static void openEngine() {
        manager = NDManager.newBaseManager();
    }

    @AfterContainer
    static void closeEngine() {
        manager.close();
    }

    /**
     * Integer embeddings scaled by 1024 plus a distinct tie-breaking column: every score is a distinct
     * integer, exact in float32, so the brute-force ranking is unique.
     */
    private record Problem(EmbeddingMatrix queries, EmbeddingMatrix documents, long[][] scores, EvalTargets targets) {
        static Problem random(int queryCount, int documentCount, int dim, long seed) {
            Random random = new Random(seed);
            int width = dim + 1;
            float[] q = new float[queryCount * width];
            float[] d = new float[documentCount * width];
            for (int i = 0; i < queryCount; i++) {
                for (int j = 0; j < dim; j++) {
                    q[i * width + j] = random.nextInt(7) - 3;
                }
                q[i * width + dim] = 1;
            }
            List<Integer> tieBreak = new ArrayList<>(IntStream.range(0, documentCount).boxed().toList());
            java.util.Collections.shuffle(tieBreak, random);
            for (int i = 0; i < documentCount; i++) {
                for (int j = 0; j < dim; j++) {
                    d[i * width + j] = 1024 * (random.nextInt(7) - 3);
                }
                d[i * width + dim] = tieBreak.get(i);
            }
            long[][] scores = new long[queryCount][documentCount];
            for (int a = 0; a < queryCount; a++) {
                for (int b = 0; b < documentCount; b++) {
                    long s = 0;
                    for (int j = 0; j < width; j++) {
                        s += (long) q[a * width + j] * (long) d[b * width + j];
                    }
                    scores[a][b] = s;
                }
            }
            int[] order = IntStream.range(0, queryCount).toArray();
            int[][] heldOut = new int[queryCount][];
            int[][] excluded = new int[queryCount][];
            for (int a = 0; a < queryCount; a++) {
                excluded[a] = random.ints(random.nextInt(documentCount + 1), 0, documentCount).toArray();
                heldOut[a] = random.ints(1 + random.nextInt(4), 0, documentCount).toArray();
            }
            return new Problem(new EmbeddingMatrix(queryCount, width, q), new EmbeddingMatrix(documentCount, width, d),
                    scores, EvalTargets.of(order, heldOut, excluded));
        }

        int[] bruteForce(int target, int k) {
            int query = targets.query(target);
            return IntStream.range(0, documents.rows())
                    .filter(doc -> !targets.isExcluded(target, doc)).boxed()
                    .sorted(Comparator.comparingLong((Integer doc) -> -scores[query][doc]))
                    .limit(k).mapToInt(Integer::intValue).toArray();
        }
    }

    @Property(tries = 40)
    void topKListsEqualABruteForceRankingWithoutExcludedDocuments(
            @ForAll @IntRange(min = 1, max = 30) int queries, @ForAll @IntRange(min = 1, max = 60) int documents,
            @ForAll @IntRange(min = 1, max = 4) int dim, @ForAll @IntRange(min = 1, max = 25) int k,
            @ForAll @IntRange(min = 1, max = 40) int block, @ForAll long seed) {
        Problem p = Problem.random(queries, documents, dim, seed);
        List<int[]> lists = new ArrayList<>();

        new RetrievalEvaluator(manager, block).rank(p.queries(), p.documents(), p.targets(), k,
                (t, docs, from, length) -> {
                    assertThat(t).isEqualTo(lists.size());
                    lists.add(Arrays.copyOfRange(docs, from, from + length));
                });

        assertThat(lists).hasSize(p.targets().size());
        for (int t = 0; t < lists.size(); t++) {
            assertThat(lists.get(t)).as("target %d", t).containsExactly(p.bruteForce(t, k));
            for (int doc : lists.get(t)) {
                assertThat(p.targets().isExcluded(t, doc)).isFalse();
            }
        }
    }

    @Property(tries = 20)
    void metricsEqualThoseOfTheBruteForceLists(
            @ForAll @IntRange(min = 1, max = 30) int queries, @ForAll @IntRange(min = 1, max = 60) int documents,
            @ForAll @IntRange(min = 1, max = 25) int k, @ForAll @IntRange(min = 1, max = 40) int block,
            @ForAll long seed) {
        Problem p = Problem.random(queries, documents, 3, seed);
        int[] ks = {1, k, k + 3};
        RankingMetrics expected = new RankingMetrics(ks, documents);
        for (int t = 0; t < p.targets().size(); t++) {
            expected.add(p.bruteForce(t, k + 3), p.targets().heldOut(t));
        }

        MetricSet actual = new RetrievalEvaluator(manager, block).evaluate(p.queries(), p.documents(), p.targets(), ks);

        assertThat(actual).isEqualTo(expected.result());
    }
}
