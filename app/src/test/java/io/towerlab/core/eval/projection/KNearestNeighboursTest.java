package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KNearestNeighboursTest {
    private static final int ROWS = 1_000;
    private static final int DIM = 30;
    private static final int K = 45;

    private static float[] data;
    private static KNearestNeighbours exact;
    private static KNearestNeighbours approximate;

    /** 1,000 points in 12 Gaussian clusters of different spreads, 30 dimensions. */
    @BeforeAll
    static void search() {
        SplittableRandom random = new SplittableRandom(17);
        int clusters = 12;
        double[][] centres = new double[clusters][DIM];
        for (double[] centre : centres) {
            for (int d = 0; d < DIM; d++) {
                centre[d] = random.nextGaussian() * 3;
            }
        }
        data = new float[ROWS * DIM];
        for (int i = 0; i < ROWS; i++) {
            int c = random.nextInt(clusters);
            double spread = 0.3 + 0.1 * c;
            for (int d = 0; d < DIM; d++) {
                data[i * DIM + d] = (float) (centres[c][d] + spread * random.nextGaussian());
            }
        }
        exact = KNearestNeighbours.exact(data, ROWS, DIM, K, () -> false);
        approximate = KNearestNeighbours.approximate(data, ROWS, DIM, K, () -> false);
    }

    @Test
    void approximateNeighboursFindNearlyAllExactOnes() {
        int[] all = IntStream.range(0, ROWS).toArray();
        assertThat(approximate.recall(data, DIM, all)).isGreaterThanOrEqualTo(0.95);
        assertThat(exact.recall(data, DIM, all)).isEqualTo(1.0);
    }

    @Test
    void approximateNeighboursAreSortedNeverSelfAndCarryExactDistances() {
        for (int i = 0; i < ROWS; i += 97) {
            int[] found = approximate.indices()[i];
            double[] d = approximate.squaredDistances()[i];
            assertThat(found).hasSize(K).doesNotContain(i).doesNotHaveDuplicates();
            assertThat(d).isSorted();
            double direct = 0;
            for (int c = 0; c < DIM; c++) {
                double diff = data[i * DIM + c] - data[found[0] * DIM + c];
                direct += diff * diff;
            }
            assertThat(d[0]).isCloseTo(direct, within(1e-9));
            assertThat(d[0]).isCloseTo(exact.squaredDistances()[i][0], within(1e-9));
        }
    }

    @Test
    void affinitiesFromApproximateNeighboursAreCloseToExactOnes() {
        Map<Long, Double> p = entries(NeighbourAffinities.of(exact, 15));
        Map<Long, Double> q = entries(NeighbourAffinities.of(approximate, 15));
        double l1 = 0;
        for (Map.Entry<Long, Double> e : p.entrySet()) {
            l1 += Math.abs(e.getValue() - q.getOrDefault(e.getKey(), 0.0));
        }
        for (Map.Entry<Long, Double> e : q.entrySet()) {
            l1 += p.containsKey(e.getKey()) ? 0 : e.getValue();
        }
        // both sum to 1, so the L1 distance is at most 2; missed far neighbours carry little mass
        assertThat(l1).isLessThan(0.005);
    }

    @Test
    void theSameRowsGiveTheSameApproximateNeighbours() {
        KNearestNeighbours again = KNearestNeighbours.approximate(data, ROWS, DIM, K, () -> false);
        for (int i = 0; i < ROWS; i++) {
            assertThat(again.indices()[i]).containsExactly(approximate.indices()[i]);
        }
    }

    @Test
    void liftedRowsAllHaveTheSameNorm() {
        float[] lifted = KNearestNeighbours.lift(data, ROWS, DIM);
        double first = norm(lifted, 0);
        for (int i = 0; i < ROWS; i++) {
            assertThat(norm(lifted, i)).isCloseTo(first, within(first * 1e-5));
        }
    }

    @Test
    void smallInputsUseTheExactSearch() {
        KNearestNeighbours chosen = KNearestNeighbours.of(data, ROWS, DIM, K, () -> false);
        for (int i = 0; i < ROWS; i++) {
            assertThat(chosen.indices()[i]).containsExactly(exact.indices()[i]);
        }
    }

    private static double norm(float[] lifted, int row) {
        double s = 0;
        for (int c = 0; c <= DIM; c++) {
            s += (double) lifted[row * (DIM + 1) + c] * lifted[row * (DIM + 1) + c];
        }
        return Math.sqrt(s);
    }

    private static Map<Long, Double> entries(NeighbourAffinities p) {
        Map<Long, Double> map = new HashMap<>();
        for (int i = 0; i + 1 < p.offsets().length; i++) {
            for (int e = p.offsets()[i]; e < p.offsets()[i + 1]; e++) {
                map.put((long) i * ROWS + p.columns()[e], p.values()[e]);
            }
        }
        return map;
    }
}
