package io.towerlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.util.Objects;

/**
 * Full Product Softmax (FPS), the in-batch listwise loss of CLIP (Radford et al. 2021): for a batch
 * of B pairs with score matrix S = U Vᵀ / τ (row i = query i, column j = document of pair j), P is
 * the softmax over each row of S and loss = −Σᵢ rᵢ log Pᵢᵢ / Σᵢ rᵢ. The other documents of the
 * batch are each query's negatives.
 *
 * <p>Options ({@link FpsOptions}):
 * <ul>
 *   <li>logQ correction (Yi et al. 2019, "Sampling-bias-corrected neural modeling for large corpus
 *   item recommendations"): in-batch negatives are drawn in proportion to popularity, so a popular
 *   document is over-penalised; the query → document softmax uses S_ij − log Q(dⱼ) instead, with
 *   Q(dⱼ) the probability that dⱼ is sampled into a batch. The correction is applied to the diagonal
 *   too, as in the paper, so the shift stays the same for a column wherever it is used. In the
 *   symmetric (document → query) term the negatives of a document are the batch's other queries,
 *   which are not sampled by document popularity, so that term is left uncorrected — the
 *   standard choice.</li>
 *   <li>Masking of accidental hits: where document j equals document i for j ≠ i, S_ij is replaced
 *   by {@value #MASKED_SCORE} in both directions, so the same document elsewhere in the batch is
 *   not its own negative (a finite value rather than −∞ keeps 0 · log P finite).</li>
 *   <li>Symmetric: the document → query term −Σⱼ rⱼ log P'ⱼⱼ / Σⱼ rⱼ, with P' the softmax over
 *   each column of S (column j's positive is query j, weighted by pair j's relevance), and the two
 *   directions are averaged.</li>
 * </ul>
 *
 * <p>As a DJL {@link Loss}, {@link #evaluate} reads the score matrix from predictions and optional
 * labels named {@code relevance}, {@code documentIds} and {@code logQ}.
 */
public final class FullProductSoftmaxLoss extends Loss implements RankingLoss {
    static final String TYPE = "fps";
    /** The score given to masked accidental hits; far below any score a softmax can weigh. */
    public static final float MASKED_SCORE = -1e9f;

    private final FpsOptions options;

    public FullProductSoftmaxLoss(FpsOptions options) {
        super("FullProductSoftmaxLoss");
        this.options = Objects.requireNonNull(options, "options");
    }

    public FpsOptions options() {
        return options;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * The batch loss, a scalar.
     *
     * @param scores      S, shape [B, B], already divided by the temperature
     * @param relevance   rᵢ per pair, shape [B], with a positive sum; null means all 1
     * @param documentIds the document of each pair, shape [B], int32 or int64; needed when masking
     * @param logQ        log Q of each pair's document, shape [B]; needed when the logQ option is on
     */
    public NDArray compute(NDArray scores, NDArray relevance, NDArray documentIds, NDArray logQ) {
        Shape shape = scores.getShape();
        if (shape.dimension() != 2 || shape.get(0) != shape.get(1)) {
            throw new IllegalArgumentException("expected a square in-batch score matrix [B, B], got " + shape);
        }
        int b = Math.toIntExact(shape.get(0));
        NDArray s = scores;
        if (options.maskAccidentalHits()) {
            requireVector("documentIds", documentIds, b, "maskAccidentalHits");
            s = mask(s, documentIds, b);
        }
        NDArray rowScores = s;
        if (options.logQ()) {
            requireVector("logQ", logQ, b, "logQ");
            rowScores = s.sub(logQ.toType(s.getDataType(), false).expandDims(0));
        }
        NDArray queryToDocument = WeightedMean.of(diagonal(rowScores.logSoftmax(1), b).neg(), relevance);
        if (!options.symmetric()) {
            return queryToDocument;
        }
        // a row softmax of Sᵀ: on the CPU engine about a quarter faster than a softmax over axis 0
        NDArray documentToQuery = WeightedMean.of(diagonal(s.transpose().logSoftmax(1), b).neg(), relevance);
        return queryToDocument.add(documentToQuery).div(2);
    }

    /**
     * The diagonal of a [B, B] matrix by {@code gather}: the same values and gradient as
     * {@code NDArray.diagonal()}, which the DJL of the CUDA build (0.33, decision 0019) does not have.
     */
    private static NDArray diagonal(NDArray square, int b) {
        NDArray rows = square.getManager().arange(0, b, 1, DataType.INT64).reshape(b, 1);
        return square.gather(rows, 1).reshape(b);
    }

    private static NDArray mask(NDArray s, NDArray documentIds, int b) {
        NDManager manager = s.getManager();
        NDArray ids = documentIds.toType(DataType.INT64, false);
        NDArray offDiagonal = manager.eye(b).toType(DataType.BOOLEAN, false).logicalNot();
        NDArray sameDocument = ids.expandDims(1).eq(ids.expandDims(0)).logicalAnd(offDiagonal);
        NDArray masked = manager.full(s.getShape(), MASKED_SCORE, s.getDataType());
        return NDArrays.where(sameDocument, masked, s);
    }

    private static void requireVector(String name, NDArray array, int b, String option) {
        if (array == null) {
            throw new IllegalArgumentException("FPS option " + option + " needs " + name + " per pair, got none");
        }
        if (!array.getShape().equals(new Shape(b))) {
            throw new IllegalArgumentException("expected " + name + " of shape (" + b + "), got " + array.getShape());
        }
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDList l = labels == null ? new NDList() : labels;
        return compute(predictions.head(), l.get("relevance"), l.get("documentIds"), l.get("logQ"));
    }
}
