package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.PositiveSets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopularitySamplerTest {
    private static final int DRAWS = 200_000;

    private static double[] frequencies(PopularitySampler sampler, int query, int positive, int n, long seed) {
        int[] out = new int[DRAWS];
        sampler.sampleRow(query, positive, DRAWS, new SplittableRandom(seed), out, 0);
        double[] f = new double[n];
        for (int d : out) {
            f[d] += 1.0 / DRAWS;
        }
        return f;
    }

    @Test
    void drawsFollowCountToThePowerAlpha() {
        int[] counts = {100, 50, 10, 1, 0, 20};
        PositiveSets none = Fixtures.positives(new int[][] {{}});
        double[] w = new double[counts.length];
        double total = 0;
        for (int d = 0; d < counts.length; d++) {
            w[d] = Math.pow(counts[d], 0.75);
            total += w[d];
        }

        double[] f = frequencies(new PopularitySampler(none, counts, PopularitySampler.DEFAULT_ALPHA), 0, -1, 6, 11);

        for (int d = 0; d < counts.length; d++) {
            // three standard deviations of a frequency over 200k draws is at most 0.0034
            assertThat(f[d]).as("document %d", d).isCloseTo(w[d] / total, within(0.0035));
        }
        assertThat(f[4]).isZero();
    }

    @Test
    void aQueryWhosePositivesHoldAlmostAllTheMassGetsTheRestrictedDistributionExactly() {
        int[] counts = {100_000, 50_000, 1, 2, 3, 0};
        PositiveSets positives = Fixtures.positives(new int[][] {{0, 1}});
        double w2 = 1;
        double w3 = Math.pow(2, 0.75);
        double w4 = Math.pow(3, 0.75);

        double[] f = frequencies(new PopularitySampler(positives, counts, 0.75), 0, 0, 6, 5);

        assertThat(f[0] + f[1] + f[5]).isZero();
        assertThat(f[2]).isCloseTo(w2 / (w2 + w3 + w4), within(0.005));
        assertThat(f[3]).isCloseTo(w3 / (w2 + w3 + w4), within(0.005));
        assertThat(f[4]).isCloseTo(w4 / (w2 + w3 + w4), within(0.005));
    }

    @Test
    void whenOnlyNeverClickedDocumentsRemainTheyAreDrawnUniformly() {
        int[] counts = {5, 0, 0};
        PositiveSets positives = Fixtures.positives(new int[][] {{0}});

        double[] f = frequencies(new PopularitySampler(positives, counts, 0.75), 0, 0, 3, 3);

        assertThat(f[0]).isZero();
        assertThat(f[1]).isCloseTo(0.5, within(0.005));
    }

    @Test
    void alphaZeroIsUniformOverClickedDocuments() {
        int[] counts = {1000, 1, 0, 7};

        double[] f = frequencies(new PopularitySampler(Fixtures.positives(new int[][] {{}}), counts, 0), 0, -1, 4, 9);

        assertThat(f).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 0, 1 / 3.0}, within(0.005));
    }

    @Test
    void theSameSeedGivesTheSameNegatives() {
        PopularitySampler sampler = new PopularitySampler(Fixtures.positives(new int[][] {{1}}), new int[] {4, 9, 2, 7}, 0.75);
        int[] a = new int[64];
        int[] b = new int[64];

        sampler.sampleRow(0, 1, 64, new SplittableRandom(5), a, 0);
        sampler.sampleRow(0, 1, 64, new SplittableRandom(5), b, 0);

        assertThat(a).isEqualTo(b).doesNotContain(1);
    }

    @Test
    void invalidCountsOrAlphaAreRejected() {
        PositiveSets none = Fixtures.positives(new int[][] {{}});
        assertThatThrownBy(() -> new PopularitySampler(none, new int[] {0, 0}, 0.75)).hasMessageContaining("sum to zero");
        assertThatThrownBy(() -> new PopularitySampler(none, new int[] {1, -2}, 0.75)).hasMessageContaining("document 1");
        assertThatThrownBy(() -> new PopularitySampler(none, new int[] {1}, -1)).hasMessageContaining("alpha");
    }
}
