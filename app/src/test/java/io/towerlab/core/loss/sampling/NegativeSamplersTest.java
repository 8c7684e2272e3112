package io.towerlab.core.loss.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.towerlab.core.data.PositiveSets;
import org.junit.jupiter.api.Test;

class NegativeSamplersTest {
    private final PositiveSets positives = Fixtures.positives(new int[][] {{0}});
    private final int[] counts = {2, 1, 0};

    @Test
    void eachSpecNameGivesItsSampler() {
        assertThat(NegativeSamplers.of("uniform", positives, counts, 0.75)).isInstanceOf(UniformSampler.class);
        assertThat(NegativeSamplers.of("Popularity", positives, counts, 0.75)).isInstanceOf(PopularitySampler.class);
        assertThat(NegativeSamplers.of("inbatch", positives, counts, 0.75)).isInstanceOf(InBatchSampler.class);
        assertThat(NegativeSamplers.of("hard", positives, counts, 0.75)).isInstanceOf(HardNegativeSampler.class);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> NegativeSamplers.of("random", positives, counts, 0.75))
                .hasMessageContaining("'random'").hasMessageContaining("uniform, popularity, inbatch, hard");
    }
}
