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
 * FPS on a 3×3 in-batch score matrix, against −Σ rᵢ log Pᵢᵢ / Σ rᵢ evaluated by hand:
 * S = ((2, 0.5, −1), (1, 1.5, 0), (0.5, 2, 1)), relevance r = (1, 2, 1).
 */
class FullProductSoftmaxLossByHandTest {
    private static final double[][] S = {{2.0, 0.5, -1.0}, {1.0, 1.5, 0.0}, {0.5, 2.0, 1.0}};
    private static final double[] R = {1, 2, 1};
    /** Row i's loss −log Pᵢᵢ = log Σⱼ e^{S_ij} − S_ii, without options. */
    private static final double ROW0 = log(exp(2) + exp(0.5) + exp(-1)) - 2;
    private static final double ROW1 = log(exp(1) + exp(1.5) + exp(0)) - 1.5;
    private static final double ROW2 = log(exp(0.5) + exp(2) + exp(1)) - 1;
    /** Column j's loss log Σᵢ e^{S_ij} − S_jj, the document → query direction. */
    private static final double COL0 = log(exp(2) + exp(1) + exp(0.5)) - 2;
    private static final double COL1 = log(exp(0.5) + exp(1.5) + exp(2)) - 1.5;
    private static final double COL2 = log(exp(-1) + exp(0) + exp(1)) - 1;

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private double fps(FpsOptions options, double[] relevance, NDArray ids, double[] logQ) {
        return new FullProductSoftmaxLoss(options).compute(manager.create(S),
                relevance == null ? null : manager.create(relevance), ids,
                logQ == null ? null : manager.create(logQ)).getDouble();
    }

    @Test
    void oneSidedLossIsTheRelevanceWeightedNegativeLogDiagonalOfTheRowSoftmax() {
        assertThat(fps(FpsOptions.DEFAULT, null, null, null)).isCloseTo((ROW0 + ROW1 + ROW2) / 3, within(1e-12));
        assertThat(fps(FpsOptions.DEFAULT, R, null, null))
                .isCloseTo((1 * ROW0 + 2 * ROW1 + 1 * ROW2) / 4, within(1e-12));
    }

    @Test
    void symmetricLossAveragesTheRowAndColumnDirections() {
        double rows = (ROW0 + 2 * ROW1 + ROW2) / 4;
        double columns = (COL0 + 2 * COL1 + COL2) / 4;

        assertThat(fps(new FpsOptions(true, false, false), R, null, null))
                .isCloseTo((rows + columns) / 2, within(1e-12));
    }

    @Test
    void logQCorrectionSubtractsEachColumnsLogProbabilityInTheQueryToDocumentDirectionOnly() {
        double[] q = {0.5, 0.3, 0.2};
        double[] logQ = {log(q[0]), log(q[1]), log(q[2])};
        // S_ij − log q_j = log(e^{S_ij} / q_j)
        double row0 = log(exp(2) / q[0] + exp(0.5) / q[1] + exp(-1) / q[2]) - log(exp(2) / q[0]);
        double row1 = log(exp(1) / q[0] + exp(1.5) / q[1] + exp(0) / q[2]) - log(exp(1.5) / q[1]);
        double row2 = log(exp(0.5) / q[0] + exp(2) / q[1] + exp(1) / q[2]) - log(exp(1) / q[2]);
        double corrected = (row0 + 2 * row1 + row2) / 4;
        double columns = (COL0 + 2 * COL1 + COL2) / 4;

        assertThat(fps(new FpsOptions(false, true, false), R, null, logQ)).isCloseTo(corrected, within(1e-12));
        assertThat(fps(new FpsOptions(true, true, false), R, null, logQ))
                .isCloseTo((corrected + columns) / 2, within(1e-12));
    }

    @Test
    void maskingRemovesTheSameDocumentElsewhereInTheBatchFromBothDirections() {
        // pairs 0 and 2 share document 7: S_02 and S_20 leave the softmax
        NDArray ids = manager.create(new long[] {7, 9, 7});
        double row0 = log(exp(2) + exp(0.5)) - 2;
        double row2 = log(exp(2) + exp(1)) - 1;
        double col0 = log(exp(2) + exp(1)) - 2;
        double col2 = log(exp(0) + exp(1)) - 1;

        assertThat(fps(new FpsOptions(false, false, true), R, ids, null))
                .isCloseTo((row0 + 2 * ROW1 + row2) / 4, within(1e-12));
        assertThat(fps(new FpsOptions(true, false, true), R, ids, null))
                .isCloseTo(((row0 + 2 * ROW1 + row2) / 4 + (col0 + 2 * COL1 + col2) / 4) / 2, within(1e-12));
    }

    @Test
    void maskingAcceptsInt32DocumentIdsAndChangesNothingWithoutDuplicates() {
        NDArray duplicate = manager.create(new int[] {7, 9, 7});
        NDArray distinct = manager.create(new int[] {1, 2, 3});
        FpsOptions masking = new FpsOptions(false, false, true);

        assertThat(fps(masking, null, duplicate, null)).isCloseTo(
                ((log(exp(2) + exp(0.5)) - 2) + ROW1 + (log(exp(2) + exp(1)) - 1)) / 3, within(1e-12));
        assertThat(fps(masking, null, distinct, null)).isCloseTo((ROW0 + ROW1 + ROW2) / 3, within(1e-12));
    }

    @Test
    void float32ScoresWithEveryOptionGiveTheFloat64Value() {
        double[] logQ = {log(0.5), log(0.3), log(0.2)};
        FullProductSoftmaxLoss loss = new FullProductSoftmaxLoss(new FpsOptions(true, true, true));
        double reference = fps(loss.options(), R, manager.create(new long[] {7, 9, 7}), logQ);

        NDArray value = loss.compute(manager.create(S).toType(DataType.FLOAT32, false),
                manager.create(new float[] {1, 2, 1}), manager.create(new int[] {7, 9, 7}), manager.create(logQ));

        assertThat(value.getDataType()).isEqualTo(DataType.FLOAT32);
        assertThat((double) value.getFloat()).isCloseTo(reference, within(1e-5));
    }

    @Test
    void evaluateReadsNamedLabels() {
        NDArray relevance = manager.create(R);
        relevance.setName("relevance");
        NDArray ids = manager.create(new long[] {7, 9, 7});
        ids.setName("documentIds");
        FullProductSoftmaxLoss loss = new FullProductSoftmaxLoss(new FpsOptions(false, false, true));

        double value = loss.evaluate(new NDList(relevance, ids), new NDList(manager.create(S))).getDouble();

        assertThat(value).isCloseTo(fps(loss.options(), R, manager.create(new long[] {7, 9, 7}), null), within(1e-12));
    }

    @Test
    void missingInputsForAnOptionAreReportedByName() {
        assertThatThrownBy(() -> fps(new FpsOptions(false, false, true), null, null, null))
                .hasMessageContaining("maskAccidentalHits").hasMessageContaining("documentIds");
        assertThatThrownBy(() -> fps(new FpsOptions(false, true, false), null, null, null))
                .hasMessageContaining("logQ");
        assertThatThrownBy(() -> new FullProductSoftmaxLoss(FpsOptions.DEFAULT)
                .compute(manager.create(new double[2][3]), null, null, null))
                .hasMessageContaining("square");
    }
}
