package io.towerlab.core.lab;

/**
 * What the loss lab shows of one training batch: the score matrix the loss was computed from, the
 * softmax of each row, each row's share of the loss, and which cells are positives and accidental
 * hits. Matrices are row-major {@code rows × columns} float arrays.
 *
 * <p>For FPS the matrix is the B×B in-batch S = U Vᵀ / τ (row i = query i, column j = document of
 * pair j; the diagonal holds the positives). For the sampled losses it is B×(1+K): column 0 is each
 * row's positive s⁺, columns 1..K its sampled negatives s⁻.
 *
 * @param step          the optimizer step this batch was trained at (1 for the first)
 * @param lossType      the loss's spec name ({@code fps}, {@code softmax}, {@code pairce}, {@code triplet})
 * @param scores        the raw scores as the model produced them (before masking or logQ)
 * @param logits        the numbers each row's softmax is taken over: scores with masked accidental
 *                      hits and the logQ shift applied (equal to {@code scores} without those options)
 * @param softmax       the softmax of each row of {@code logits}
 * @param accidentalHit cells j ≠ i whose document is row i's own positive document (FPS only)
 * @param rowLoss       each row's loss ℓᵢ before weighting; the batch loss is Σ rᵢ ℓᵢ / Σ rᵢ
 * @param weights       the relevance rᵢ of each row
 * @param documents     the document of each cell (catalogue index)
 * @param queries       the query of each row (catalogue index)
 * @param loss          the batch loss as the engine computed it (the value that was back-propagated)
 * @param temperature   τ at this step
 */
public record LabBatch(long step, String lossType, int rows, int columns, float[] scores, float[] logits,
                       float[] softmax, boolean[] accidentalHit, float[] rowLoss, float[] weights, int[] documents,
                       int[] queries, float loss, float temperature) {

    /** True for the in-batch (FPS) matrix, whose positives are on the diagonal. */
    public boolean inBatch() {
        return "fps".equals(lossType);
    }

    /** The column of row i's positive: i for FPS, 0 for the sampled losses. */
    public int positiveColumn(int row) {
        return inBatch() ? row : 0;
    }

    public float score(int row, int column) {
        return scores[row * columns + column];
    }

    /** The relevance-weighted mean of the row losses, which equals {@link #loss()} up to rounding. */
    public double weightedRowLoss() {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < rows; i++) {
            sum += weights[i] * rowLoss[i];
            weight += weights[i];
        }
        return sum / weight;
    }

    /** The positive cells' scores. */
    public float[] positiveScores() {
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = score(i, positiveColumn(i));
        }
        return out;
    }

    /** The negative cells' scores (accidental hits excluded: they are not negatives). */
    public float[] negativeScores() {
        float[] out = new float[rows * columns];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (j != positiveColumn(i) && !accidentalHit[i * columns + j]) {
                    out[n++] = score(i, j);
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
