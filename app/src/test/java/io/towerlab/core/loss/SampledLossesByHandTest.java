package io.towerlab.core.loss;

import static java.lang.Math.exp;
import static java.lang.Math.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three sampled losses on a 2×3 batch, against the formulas of DESIGN §1 evaluated by hand:
 * s⁺ = (2, 0.5), s⁻ = ((1, 0, −1), (0.5, 1.5, −0.5)), relevance r = (1, 3).
 */
class SampledLossesByHandTest {
    private static final double[] POS = {2.0, 0.5};
    private static final double[][] NEG = {{1.0, 0.0, -1.0}, {0.5, 1.5, -0.5}};
    private static final double[] WEIGHT = {1.0, 3.0};

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private double loss(SampledRankingLoss loss, double[] weight) {
        NDArray w = weight == null ? null : manager.create(weight);
        return loss.compute(manager.create(POS), manager.create(NEG), w).getDouble();
    }

    @Test
    void softmaxIsTheNegativeLogProbabilityOfThePositiveAmongItsNegatives() {
        double row0 = log(exp(2) + exp(1) + exp(0) + exp(-1)) - 2;     // 0.440190
        double row1 = log(exp(0.5) + exp(0.5) + exp(1.5) + exp(-0.5)) - 0.5; // 1.626523

        assertThat(loss(new SampledSoftmaxLoss(), null)).isCloseTo((row0 + row1) / 2, within(1e-12));
        assertThat(loss(new SampledSoftmaxLoss(), WEIGHT)).isCloseTo((1 * row0 + 3 * row1) / 4, within(1e-12));
        assertThat((1 * row0 + 3 * row1) / 4).isCloseTo(1.329940, within(1e-6));
    }

    @Test
    void pairCeIsTheMeanNegativeLogSigmoidOfEachScoreGap() {
        double row0 = (log(1 + exp(-1)) + log(1 + exp(-2)) + log(1 + exp(-3))) / 3;
        double row1 = (log(1 + exp(0)) + log(1 + exp(1)) + log(1 + exp(-1))) / 3;

        assertThat(loss(new PairCeLoss(), null)).isCloseTo((row0 + row1) / 2, within(1e-12));
        assertThat(loss(new PairCeLoss(), WEIGHT)).isCloseTo((row0 + 3 * row1) / 4, within(1e-12));
    }

    @Test
    void tripletIsTheMeanHingeOfMarginMinusPositivePlusNegative() {
        // m = 1.5; row 0: max(0, 1.5−2+1)=0.5, max(0, 1.5−2+0)=0, max(0, 1.5−2−1)=0
        double row0 = (0.5 + 0 + 0) / 3;
        // row 1: 1.5−0.5+0.5=1.5, 1.5−0.5+1.5=2.5, 1.5−0.5−0.5=0.5
        double row1 = (1.5 + 2.5 + 0.5) / 3;

        assertThat(loss(new TripletLoss(1.5f), null)).isCloseTo((row0 + row1) / 2, within(1e-12));
        assertThat(loss(new TripletLoss(1.5f), WEIGHT)).isCloseTo((row0 + 3 * row1) / 4, within(1e-12));
        assertThat(loss(new TripletLoss(0f), null)).isCloseTo((0 + (1.0 / 3) * (0 + 1 + 0)) / 2, within(1e-12));
    }

    @Test
    void float32ScoresGiveTheSameValuesAsFloat64() {
        NDArray pos = manager.create(POS).toType(DataType.FLOAT32, false);
        NDArray neg = manager.create(NEG).toType(DataType.FLOAT32, false);
        NDArray w = manager.create(new float[] {1f, 3f});
        double row0 = log(exp(2) + exp(1) + exp(0) + exp(-1)) - 2;
        double row1 = log(exp(0.5) + exp(0.5) + exp(1.5) + exp(-0.5)) - 0.5;

        NDArray value = new SampledSoftmaxLoss().compute(pos, neg, w);

        assertThat(value.getDataType()).isEqualTo(DataType.FLOAT32);
        assertThat(value.getFloat()).isCloseTo((float) ((row0 + 3 * row1) / 4), within(1e-5f));
    }

    @Test
    void lossesStayFiniteForScoresFarBeyondTheExponentRange() {
        NDArray pos = manager.create(new float[] {-100f, 1000f});
        NDArray neg = manager.create(new float[][] {{100f}, {999f}});

        double softmax = new SampledSoftmaxLoss().compute(pos, neg, null).getFloat();
        double pairCe = new PairCeLoss().compute(pos, neg, null).getFloat();

        // row 0: log(e^-100 + e^100) + 100 ≈ 200; row 1: log(1 + e^-1)
        assertThat(softmax).isCloseTo((200 + log(1 + exp(-1))) / 2, within(1e-3));
        assertThat(pairCe).isCloseTo((200 + log(1 + exp(-1))) / 2, within(1e-3));
    }

    @Test
    void evaluateReadsPredictionsAndOptionalWeightsLikeADjlLoss() {
        NDList predictions = new NDList(manager.create(POS), manager.create(NEG));
        SampledSoftmaxLoss loss = new SampledSoftmaxLoss();

        double unweighted = loss.evaluate(new NDList(), predictions).getDouble();
        double weighted = loss.evaluate(new NDList(manager.create(WEIGHT)), predictions).getDouble();

        assertThat(unweighted).isCloseTo(loss(loss, null), within(1e-12));
        assertThat(weighted).isCloseTo(loss(loss, WEIGHT), within(1e-12));
    }

    @Test
    void mismatchedShapesAreRejectedWithBothShapesInTheMessage() {
        NDArray pos = manager.create(new double[] {1, 2, 3});
        NDArray neg = manager.create(NEG);

        assertThatThrownBy(() -> new PairCeLoss().compute(pos, neg, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(3)").hasMessageContaining("(2, 3)");
        assertThatThrownBy(() -> new SampledSoftmaxLoss().compute(manager.create(POS), manager.create(new double[2][0]), null))
                .hasMessageContaining("at least one negative");
        assertThatThrownBy(() -> new TripletLoss(-1f)).hasMessageContaining("margin");
    }

    @Test
    void lossesAreCreatedByTheirSpecName() {
        assertThat(RankingLoss.of("softmax", 0, null)).isInstanceOf(SampledSoftmaxLoss.class);
        assertThat(RankingLoss.of("PairCE", 0, null)).isInstanceOf(PairCeLoss.class);
        assertThat(((TripletLoss) RankingLoss.of("triplet", 0.3f, null)).margin()).isEqualTo(0.3f);
        RankingLoss fps = RankingLoss.of("fps", 0, new FpsOptions(true, false, true));
        assertThat(fps.usesSampledNegatives()).isFalse();
        assertThat(((FullProductSoftmaxLoss) fps).options().symmetric()).isTrue();
        assertThatThrownBy(() -> RankingLoss.of("hinge", 0, null)).hasMessageContaining("softmax, pairce, triplet, fps");
    }
}
