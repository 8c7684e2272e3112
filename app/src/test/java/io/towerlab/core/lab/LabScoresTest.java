package io.towerlab.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import io.towerlab.core.loss.FpsOptions;
import io.towerlab.core.loss.FullProductSoftmaxLoss;
import io.towerlab.core.loss.RankingLoss;
import io.towerlab.core.loss.SampledRankingLoss;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab's matrices of a fixed batch against the loss's own computation: the row terms the lab
 * draws must average (weighted by relevance) to exactly the value the engine's loss returns for
 * the same scores, for every FPS option and every sampled loss.
 */
class LabScoresTest {
    /** 4 pairs; pairs 1 and 3 share document 7 (an accidental hit in rows 1 and 3). */
    private static final float[] S = {
        2.0f, 0.5f, -1.0f, 0.3f,
        1.0f, 1.5f, 0.0f, 1.2f,
        0.5f, 2.0f, 1.0f, -0.4f,
        0.1f, 0.9f, -0.2f, 0.8f};
    private static final int[] DOCS = {3, 7, 5, 7};
    private static final float[] R = {1, 2, 1, 1};
    private static final float[] LOG_Q = {-2.0f, -0.5f, -3.0f, -0.5f};

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest
    @CsvSource({"false,false,false", "true,false,false", "false,true,false", "false,false,true", "true,true,true"})
    void fpsRowTermsAverageToTheLossOfTheSameScores(boolean symmetric, boolean logQ, boolean mask) {
        FpsOptions options = new FpsOptions(symmetric, logQ, mask);
        float engine = new FullProductSoftmaxLoss(options).compute(manager.create(S).reshape(4, 4),
                manager.create(R), manager.create(DOCS), manager.create(LOG_Q)).getFloat();

        LabBatch batch = LabScores.fps(1, S, R, DOCS, new int[] {0, 1, 2, 3}, LOG_Q, options, engine, 0.05f);

        assertThat(batch.scores()).containsExactly(S);
        assertThat(batch.weightedRowLoss()).isCloseTo(engine, within(1e-5));
        for (int i = 0; i < 4; i++) {
            double rowSum = 0;
            for (int j = 0; j < 4; j++) {
                rowSum += batch.softmax()[i * 4 + j];
            }
            assertThat(rowSum).isCloseTo(1.0, within(1e-6));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void accidentalHitsAreMarkedAndLeftOutOfTheNegatives(boolean mask) {
        LabBatch batch = LabScores.fps(1, S, R, DOCS, new int[4], null, new FpsOptions(false, false, mask), 0, 1);

        assertThat(batch.accidentalHit()[1 * 4 + 3]).isTrue();
        assertThat(batch.accidentalHit()[3 * 4 + 1]).isTrue();
        assertThat(batch.accidentalHit()[0 * 4 + 1]).isFalse();
        assertThat(batch.positiveScores()).containsExactly(2.0f, 1.5f, 1.0f, 0.8f);
        assertThat(batch.negativeScores()).hasSize(16 - 4 - 2);
        assertThat(batch.softmax()[1 * 4 + 3]).isEqualTo(mask ? 0f : batch.softmax()[1 * 4 + 3]);
        if (mask) {
            assertThat(batch.softmax()[1 * 4 + 3]).isZero();
        } else {
            assertThat(batch.softmax()[1 * 4 + 3]).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"softmax", "pairce", "triplet"})
    void sampledRowTermsAverageToTheLossOfTheSameScores(String type) {
        float[] positive = {2.0f, 0.1f, -0.5f};
        float[] negative = {0.5f, 1.0f, 2.5f, -1.0f, 0.4f, 0.2f, 0.0f, 3.0f, -2.0f};
        float[] weights = {1, 1, 3};
        SampledRankingLoss loss = (SampledRankingLoss) RankingLoss.of(type, 0.5f, null);
        float engine = loss.compute(manager.create(positive), manager.create(negative).reshape(3, 3),
                manager.create(weights)).getFloat();

        LabBatch batch = LabScores.sampled(1, type, positive, negative, weights, new int[12], new int[3], 0.5f,
                engine, 0.05f);

        assertThat(batch.columns()).isEqualTo(4);
        assertThat(batch.score(2, 0)).isEqualTo(-0.5f);
        assertThat(batch.score(2, 2)).isEqualTo(3.0f);
        assertThat(batch.weightedRowLoss()).isCloseTo(engine, within(1e-5));
        assertThat(batch.positiveScores()).containsExactly(positive);
        assertThat(batch.negativeScores()).containsExactly(negative);
    }
}
