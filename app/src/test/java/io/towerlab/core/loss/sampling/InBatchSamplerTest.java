package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.towerlab.core.data.PositiveSets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InBatchSamplerTest {
    // query 0 clicked 10 and 11, query 1 clicked 12, query 2 clicked 10 and 13
    private final PositiveSets positives = Fixtures.positives(new int[][] {{10, 11}, {12}, {10, 13}});
    private final InBatchSampler sampler = new InBatchSampler(positives, new UniformSampler(positives, 20));

    @Test
    void negativesAreTheOtherDocumentsOfTheBatchThatAreNotTheQuerysPositives() {
        int[] queries = {0, 1, 2, 1};
        int[] docs = {10, 12, 13, 12};
        int k = 50;
        int[] out = new int[4 * k];

        sampler.sample(queries, docs, 4, k, new SplittableRandom(3), out);

        assertThat(row(out, 0, k)).containsOnly(12, 13);
        assertThat(row(out, 1, k)).containsOnly(10, 13);
        // query 2's positives 10 and 13 leave only 12
        assertThat(row(out, 2, k)).containsOnly(12);
        assertThat(row(out, 3, k)).containsOnly(10, 13);
    }

    @Test
    void aRowWithoutAnEligibleBatchDocumentTakesItsNegativesFromTheFallback() {
        // query 0's batch documents 10 and 11 are both its positives
        int[] queries = {0, 0, 2};
        int[] docs = {10, 11, 10};
        int k = 30;
        int[] out = new int[3 * k];

        sampler.sample(queries, docs, 3, k, new SplittableRandom(8), out);

        assertThat(row(out, 2, k)).containsOnly(11);
        for (int i = 0; i < 2; i++) {
            int[] fallback = row(out, i, k);
            assertThat(fallback).doesNotContain(10, 11);
            assertThat(Arrays.stream(fallback).distinct().count()).as("uniform fallback row %d", i).isGreaterThan(5);
        }
    }

    @Test
    void theSameSeedGivesTheSameNegatives() {
        int[] queries = {0, 1, 2, 1};
        int[] docs = {10, 12, 13, 12};
        int[] a = new int[4 * 6];
        int[] b = new int[4 * 6];

        sampler.sample(queries, docs, 4, 6, new SplittableRandom(77), a);
        sampler.sample(queries, docs, 4, 6, new SplittableRandom(77), b);

        assertThat(a).isEqualTo(b);
    }

    private static int[] row(int[] out, int i, int k) {
        return Arrays.copyOfRange(out, i * k, (i + 1) * k);
    }
}
