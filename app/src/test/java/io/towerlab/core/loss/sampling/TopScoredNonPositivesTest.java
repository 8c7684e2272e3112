package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.PositiveSets;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TopScoredNonPositivesTest {

    @Property(tries = 50)
    void blockedMiningEqualsABruteForceSortOfEveryNonPositive(@ForAll @IntRange(min = 1, max = 9) int queries,
                                                              @ForAll @IntRange(min = 1, max = 40) int documents,
                                                              @ForAll @IntRange(min = 1, max = 9) int dim,
                                                              @ForAll @IntRange(min = 1, max = 12) int m,
                                                              @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] u = new float[queries * dim];
        float[] v = new float[documents * dim];
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(4) - 1.5f; // coarse values make ties, which must break by document index
        }
        int[][] clicks = new int[queries][];
        for (int q = 0; q < queries; q++) {
            clicks[q] = random.ints(0, documents).distinct().limit(random.nextInt(documents + 1)).toArray();
        }
        PositiveSets positives = Fixtures.positives(clicks);

        int[][] mined = new TopScoredNonPositives(3, 7).compute(u, v, dim, positives, m);

        for (int q = 0; q < queries; q++) {
            int query = q;
            int[] expected = IntStream.range(0, documents).filter(d -> !positives.contains(query, d)).boxed()
                    .sorted(Comparator.comparingDouble((Integer d) -> -dot(u, query, v, d, dim))
                            .thenComparingInt(d -> d))
                    .limit(m).mapToInt(Integer::intValue).toArray();
            assertThat(mined[q]).as("query %d", q).containsExactly(expected);
        }
    }

    /** The same float arithmetic as the miner: a sum over coordinates in order. */
    private static float dot(float[] u, int q, float[] v, int d, int dim) {
        float s = 0;
        for (int x = 0; x < dim; x++) {
            s += u[q * dim + x] * v[d * dim + x];
        }
        return s;
    }
}
