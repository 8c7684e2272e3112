package io.towerlab.core.loss.sampling;

import static java.lang.Math.log;
import static java.lang.Math.pow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.towerlab.core.data.Interactions;
import org.junit.jupiter.api.Test;

class SamplingProbabilitiesTest {

    @Test
    void clickCountsCountOnlyTheGivenRows() {
        // rows: q0→0, q0→3, q1→0, q1→3, q2→0, q2→1
        Interactions log = Fixtures.log(new int[][] {{0, 3}, {0, 3}, {0, 1}});

        assertThat(SamplingProbabilities.clickCounts(log, new int[] {0, 1, 2, 4, 5}, 5))
                .containsExactly(3, 1, 0, 1, 0);
    }

    @Test
    void inBatchLogQIsTheLogShareOfTrainingClicksWithHalfAClickForUnclickedDocuments() {
        int[] counts = {3, 1, 0, 4};

        float[] logQ = SamplingProbabilities.inBatchLogQ(counts);

        assertThat(logQ).containsExactly(new float[] {
                (float) log(3 / 8.0), (float) log(1 / 8.0), (float) log(0.5 / 8.0), (float) log(4 / 8.0)},
                within(1e-6f));
    }

    @Test
    void popularityLogQUsesCountToTheAlpha() {
        int[] counts = {3, 1, 0, 4};
        double total = pow(3, 0.75) + 1 + pow(4, 0.75);

        float[] logQ = SamplingProbabilities.logQ(counts, 0.75);

        assertThat(logQ).containsExactly(new float[] {
                (float) log(pow(3, 0.75) / total), (float) log(1 / total),
                (float) log(pow(0.5, 0.75) / total), (float) log(pow(4, 0.75) / total)}, within(1e-6f));
    }
}
