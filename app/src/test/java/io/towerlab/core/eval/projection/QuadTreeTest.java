package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuadTreeTest {
    private static final int N = 400;

    /** Points in a few blobs, with the last ten repeating earlier positions exactly. */
    private static double[] layout() {
        SplittableRandom random = new SplittableRandom(9);
        double[] y = new double[2 * N];
        for (int i = 0; i < N - 10; i++) {
            int blob = i % 4;
            y[2 * i] = 20 * blob + random.nextGaussian();
            y[2 * i + 1] = -15 * blob + random.nextGaussian();
        }
        for (int i = N - 10; i < N; i++) {
            y[2 * i] = y[2 * (i - 100)];
            y[2 * i + 1] = y[2 * (i - 100) + 1];
        }
        return y;
    }

    @Test
    void exactTraversalMatchesTheSumOverAllOtherPoints() {
        double[] y = layout();
        QuadTree tree = new QuadTree(N);
        tree.build(y, N, QuadTree.zOrder(y, N));
        int[] stack = tree.newStack();
        for (int i = 0; i < N; i += 7) {
            double[] force = new double[2];
            double z = tree.repulsion(y[2 * i], y[2 * i + 1], 0, stack, force);
            double zExact = 0;
            double fx = 0;
            double fy = 0;
            for (int j = 0; j < N; j++) {
                if (j != i) {
                    double dx = y[2 * i] - y[2 * j];
                    double dy = y[2 * i + 1] - y[2 * j + 1];
                    double q = 1 / (1 + dx * dx + dy * dy);
                    zExact += q;
                    fx += q * q * dx;
                    fy += q * q * dy;
                }
            }
            assertThat(z).isCloseTo(zExact, within(1e-9 * zExact));
            assertThat(force[0]).isCloseTo(fx, within(1e-9));
            assertThat(force[1]).isCloseTo(fy, within(1e-9));
        }
    }

    @Test
    void barnesHutStaysCloseToTheExactSum() {
        double[] y = layout();
        QuadTree tree = new QuadTree(N);
        tree.build(y, N, QuadTree.zOrder(y, N));
        int[] stack = tree.newStack();
        for (int i = 0; i < N; i += 13) {
            double exact = tree.repulsion(y[2 * i], y[2 * i + 1], 0, stack, new double[2]);
            double approximate = tree.repulsion(y[2 * i], y[2 * i + 1], 0.8, stack, new double[2]);
            assertThat(approximate).isCloseTo(exact, within(0.05 * exact));
        }
    }

    @Test
    void zOrderIsAPermutationThatKeepsNeighboursTogether() {
        double[] y = layout();
        int[] order = QuadTree.zOrder(y, N);
        assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(IntStream.range(0, N).toArray());
        // blob i % 4 of the first 390 points: consecutive points in Z-order share a blob far more often than not
        int same = 0;
        for (int a = 1; a < N; a++) {
            same += order[a] % 4 == order[a - 1] % 4 ? 1 : 0;
        }
        assertThat(same).isGreaterThan(N * 9 / 10);
    }
}
