package io.towerlab.core.eval.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TsneTest {
    private static final int CLUSTERS = 6;
    private static final int PER_CLUSTER = 80;
    private static final int DIM = 40;

    /** Six well-separated Gaussian clusters in 40 dimensions; label = row / PER_CLUSTER. */
    private static float[] clusteredData() {
        SplittableRandom random = new SplittableRandom(3);
        float[] data = new float[CLUSTERS * PER_CLUSTER * DIM];
        for (int c = 0; c < CLUSTERS; c++) {
            double[] centre = new double[DIM];
            for (int d = 0; d < DIM; d++) {
                centre[d] = random.nextDouble(-4, 4);
            }
            for (int p = 0; p < PER_CLUSTER; p++) {
                int row = c * PER_CLUSTER + p;
                for (int d = 0; d < DIM; d++) {
                    data[row * DIM + d] = (float) (centre[d] + random.nextDouble(-0.5, 0.5));
                }
            }
        }
        return data;
    }

    private static float[] layout;

    /** The layout of the clustered data, computed once for the tests that inspect it. */
    private static synchronized float[] layout() {
        if (layout == null) {
            layout = new Tsne(TsneSettings.defaults().withIterations(400)).run(clusteredData(),
                    CLUSTERS * PER_CLUSTER, DIM, (f, s, l) -> { }, () -> false);
        }
        return layout;
    }

    @Test
    void layoutKeepsEachPointsNeighboursInItsOwnCluster() {
        int n = CLUSTERS * PER_CLUSTER;
        float[] layout = layout();
        assertThat(layout).hasSize(2 * n);
        int k = 10;
        int same = 0;
        for (int i = 0; i < n; i++) {
            double[] d2 = new double[k];
            int[] nearest = KNearestNeighbours.nearest(layout, n, 2, i, k, d2);
            for (int j : nearest) {
                same += j / PER_CLUSTER == i / PER_CLUSTER ? 1 : 0;
            }
        }
        assertThat(same / (double) (n * k)).isGreaterThan(0.97);
    }

    @Test
    void layoutPreservesHighDimensionalNeighboursBetterThanChance() {
        float[] data = clusteredData();
        int n = CLUSTERS * PER_CLUSTER;
        float[] layout = layout();
        int k = 10;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int[] high = KNearestNeighbours.nearest(data, n, DIM, i, k, new double[k]);
            int[] low = KNearestNeighbours.nearest(layout, n, 2, i, 3 * k, new double[3 * k]);
            for (int h : high) {
                for (int l : low) {
                    kept += h == l ? 1 : 0;
                }
            }
        }
        // chance within a cluster of 80 is 30/79 ≈ 0.38; a working t-SNE keeps most of them
        assertThat(kept / (double) (n * k)).isGreaterThan(0.6);
    }

    @Test
    void affinitiesAreSymmetricAndSumToOne() {
        float[] data = clusteredData();
        NeighbourAffinities p = NeighbourAffinities.of(data, 200, DIM, 10, () -> false);
        double sum = 0;
        for (double v : p.values()) {
            sum += v;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        for (int i = 0; i < 200; i++) {
            for (int e = p.offsets()[i]; e < p.offsets()[i + 1]; e++) {
                int j = p.columns()[e];
                double back = 0;
                for (int f = p.offsets()[j]; f < p.offsets()[j + 1]; f++) {
                    back += p.columns()[f] == i ? p.values()[f] : 0;
                }
                assertThat(back).isCloseTo(p.values()[e], org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        float[] data = clusteredData();
        int n = CLUSTERS * PER_CLUSTER;
        AtomicInteger reports = new AtomicInteger();
        List<Double> fractions = new ArrayList<>();
        assertThatThrownBy(() -> new Tsne(TsneSettings.defaults()).run(data, n, DIM, (f, s, l) -> {
            fractions.add(f);
            reports.incrementAndGet();
        }, () -> reports.get() >= 5)).isInstanceOf(CancellationException.class);
        assertThat(fractions).isSorted().hasSizeGreaterThanOrEqualTo(5);
        assertThat(fractions.get(fractions.size() - 1)).isLessThan(1.0);
    }

    @Test
    void sameSeedGivesTheSameLayout() {
        float[] data = java.util.Arrays.copyOf(clusteredData(), 120 * DIM);
        TsneSettings settings = TsneSettings.defaults().withIterations(50);
        float[] a = new Tsne(settings).run(data, 120, DIM, (f, s, l) -> { }, () -> false);
        float[] b = new Tsne(settings).run(data, 120, DIM, (f, s, l) -> { }, () -> false);
        assertThat(a).containsExactly(b);
    }

    @Test
    void largeLayoutsUseTheirOwnTheta() {
        TsneSettings settings = TsneSettings.defaults();
        assertThat(settings.theta(TsneSettings.LARGE_LAYOUT - 1)).isEqualTo(0.5);
        assertThat(settings.theta(TsneSettings.LARGE_LAYOUT)).isEqualTo(0.7);
        assertThat(settings.withTheta(0.3).theta(50_000)).isEqualTo(0.3);
        assertThat(settings.withIterations(100).largeTheta()).isEqualTo(0.7);
    }
}
