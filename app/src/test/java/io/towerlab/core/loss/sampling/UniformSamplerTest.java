package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.PositiveSets;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UniformSamplerTest {

    @Test
    void coversEveryNonPositiveDocumentWithNearlyEqualFrequency() {
        int n = 50;
        PositiveSets positives = Fixtures.positives(new int[][] {{3, 17, 40}});
        UniformSampler sampler = new UniformSampler(positives, n);
        int draws = 94_000;
        int[] out = new int[draws];

        sampler.sampleRow(0, 3, draws, new SplittableRandom(7), out, 0);

        int[] histogram = new int[n];
        for (int d : out) {
            histogram[d]++;
        }
        double expected = draws / 47.0;
        for (int d = 0; d < n; d++) {
            if (d == 3 || d == 17 || d == 40) {
                assertThat(histogram[d]).as("positive %d", d).isZero();
            } else {
                assertThat(histogram[d]).as("document %d", d).isBetween((int) (expected * 0.9), (int) (expected * 1.1));
            }
        }
    }

    @Test
    void findsTheOnlyNonPositiveOfAQueryThatClickedAlmostEverything() {
        int n = 1000;
        int[] all = IntStream.range(0, n).filter(d -> d != 613).toArray();
        UniformSampler sampler = new UniformSampler(Fixtures.positives(new int[][] {all}), n);
        int[] out = new int[20];

        sampler.sampleRow(0, 0, 20, new SplittableRandom(1), out, 0);

        assertThat(out).containsOnly(613);
    }

    @Test
    void aQueryThatClickedTheWholeCatalogueIsAClearError() {
        UniformSampler sampler = new UniformSampler(Fixtures.positives(new int[][] {{0, 1, 2}}), 3);

        assertThatThrownBy(() -> sampler.sampleRow(0, 1, 1, new SplittableRandom(1), new int[1], 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("query 0 has no negative to sample: its positives cover all 3 documents")
                .hasMessageContaining("fps");
    }

    @Test
    void theSameSeedGivesTheSameNegativesAndAnotherSeedOthers() {
        PositiveSets positives = Fixtures.positives(new int[][] {{1, 2}, {5}});
        UniformSampler sampler = new UniformSampler(positives, 1000);
        int[] queries = {0, 1, 0};
        int[] docs = {1, 5, 2};
        int[] a = new int[3 * 8];
        int[] b = new int[3 * 8];
        int[] c = new int[3 * 8];

        sampler.sample(queries, docs, 3, 8, new SplittableRandom(42), a);
        sampler.sample(queries, docs, 3, 8, new SplittableRandom(42), b);
        sampler.sample(queries, docs, 3, 8, new SplittableRandom(43), c);

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
}
