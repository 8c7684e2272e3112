package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.PositiveSets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HardNegativeSamplerTest {
    // 1-dimensional embeddings: score(q, d) = u_q · v_d, so the ranking of documents is their value order
    private static final float[] QUERIES = {1f, -1f};
    private static final float[] DOCUMENTS = {0.9f, 0.1f, 0.5f, -0.3f, 0.8f, -0.9f, 0.0f, 0.7f};
    private final PositiveSets positives = Fixtures.positives(new int[][] {{0, 4}, {5}});
    private final UniformSampler uniform = new UniformSampler(positives, DOCUMENTS.length);

    @Test
    void hardOnlySamplingReturnsOnlyTheTopScoredNonPositives() {
        HardNegativeSampler sampler = new HardNegativeSampler(positives, uniform, 2, 0);
        sampler.refresh(QUERIES, DOCUMENTS, 1);
        int k = 40;
        int[] out = new int[2 * k];

        sampler.sample(new int[] {0, 1}, new int[] {0, 5}, 2, k, new SplittableRandom(1), out);

        // query 0 (u = 1): 0.9 and 0.8 are its positives; next are 0.7 (doc 7) and 0.5 (doc 2)
        assertThat(sampler.candidates(0)).containsExactly(7, 2);
        assertThat(Arrays.copyOfRange(out, 0, k)).containsOnly(7, 2);
        // query 1 (u = −1): −0.9 is its positive; next are −0.3 (doc 3) and 0.0 (doc 6)
        assertThat(sampler.candidates(1)).containsExactly(3, 6);
        assertThat(Arrays.copyOfRange(out, k, 2 * k)).containsOnly(3, 6);
    }

    @Test
    void theMixInFractionOfNegativesComesFromTheMixInSampler() {
        int n = 10_000;
        PositiveSets none = Fixtures.positives(new int[][] {{}});
        HardNegativeSampler sampler = new HardNegativeSampler(none, new UniformSampler(none, n), 3, 0.25);
        sampler.refresh(new int[][] {{11, 22, 33}});
        int draws = 40_000;
        int[] out = new int[draws];

        sampler.sampleRow(0, -1, draws, new SplittableRandom(2), out, 0);

        long hard = Arrays.stream(out).filter(d -> d == 11 || d == 22 || d == 33).count();
        assertThat(hard / (double) draws).isCloseTo(0.75, within(0.01));
    }

    @Test
    void precomputedCandidatesLoseTheirPositivesAndAreCutToM() {
        HardNegativeSampler sampler = new HardNegativeSampler(positives, uniform, 2, 0);

        sampler.refresh(new int[][] {{4, 1, 0, 6, 7}, {5}});

        assertThat(sampler.candidates(0)).containsExactly(1, 6);
        assertThat(sampler.candidates(1)).isEmpty();
    }

    @Test
    void beforeTheFirstRefreshEveryNegativeComesFromTheMixIn() {
        HardNegativeSampler sampler = new HardNegativeSampler(positives, uniform, 2, 0);
        int[] out = new int[200];

        sampler.sampleRow(0, 0, 200, new SplittableRandom(4), out, 0);

        assertThat(out).doesNotContain(0, 4).contains(1, 2, 3, 5, 6, 7);
    }

    @Test
    void thePairsOwnPositiveIsNeverAHardNegative() {
        HardNegativeSampler sampler = new HardNegativeSampler(positives, uniform, 2, 0);
        sampler.refresh(QUERIES, DOCUMENTS, 1);
        int[] out = new int[100];

        // a validation pair whose document 7 is not a training positive but is query 0's top candidate
        sampler.sampleRow(0, 7, 100, new SplittableRandom(6), out, 0);

        assertThat(out).containsOnly(2);
    }
}
