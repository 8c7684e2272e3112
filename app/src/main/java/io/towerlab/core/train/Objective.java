package io.towerlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.towerlab.core.loss.FullProductSoftmaxLoss;
import io.towerlab.core.loss.RankingLoss;
import io.towerlab.core.loss.SampledRankingLoss;
import io.towerlab.core.model.GatheredRows;
import io.towerlab.core.model.TwoTowerModel;

/**
 * Scores a batch with the model and applies the ranking loss: the in-batch B×B matrix
 * {@code S = U Vᵀ / τ} for FPS, or s⁺ and the B×K sampled s⁻ for the other losses.
 */
public final class Objective {
    private final RankingLoss loss;
    /** Splits the towers over several devices, or null on one device. */
    private final DataParallel parallel;

    public Objective(RankingLoss loss) {
        this(loss, null);
    }

    Objective(RankingLoss loss, DataParallel parallel) {
        this.loss = loss;
        this.parallel = parallel;
    }

    boolean sampled() {
        return loss instanceof SampledRankingLoss;
    }

    /**
     * The arrays a loss is computed from: for FPS {@code inBatch} = S (B×B), {@code documentIds} and
     * {@code logQ} (or null); for the sampled losses {@code positive} (B) and {@code negative} (B×K).
     */
    public record Scores(NDArray inBatch, NDArray positive, NDArray negative, NDArray weights, NDArray documentIds,
                         NDArray logQ) {
    }

    NDArray loss(TwoTowerModel model, BatchPlan plan, GatheredRows rows, NDManager batch, boolean training) {
        return loss(scores(model, plan, rows, batch, training));
    }

    /** The loss of scores made by {@link #scores}. */
    public NDArray loss(Scores s) {
        if (loss instanceof FullProductSoftmaxLoss fps) {
            return fps.compute(s.inBatch(), s.weights(), s.documentIds(), s.logQ());
        }
        return ((SampledRankingLoss) loss).compute(s.positive(), s.negative(), s.weights());
    }

    /** Scores a batch: runs both towers and scales their similarities by 1/τ. */
    public Scores scores(TwoTowerModel model, BatchPlan plan, GatheredRows rows, NDManager batch, boolean training) {
        NDArray u;
        NDArray docs;
        if (plan.shards().isEmpty()) {
            u = model.compared(model.queryTower().forward(plan.queryInputs(), rows, batch, training));
            docs = model.compared(model.documentTower().forward(plan.documentInputs(), rows, batch, training));
        } else {
            DataParallel.Towers towers = parallel.towers(model, plan, rows, batch, training);
            u = towers.queries();
            docs = towers.documents();
        }
        NDArray scale = model.scale(batch);
        NDArray positives = docs.get(new NDIndex("{}", batch.create(plan.positiveLocal())));
        NDArray weights = batch.create(plan.weights());
        if (!sampled()) {
            NDArray scores = u.matMul(positives.transpose()).mul(scale);
            NDArray ids = batch.create(toLong(plan.positives()));
            NDArray logQ = plan.logQ() == null ? null : batch.create(plan.logQ());
            return new Scores(scores, null, null, weights, ids, logQ);
        }
        int b = plan.size();
        int k = plan.negativesPerRow();
        NDArray positive = u.mul(positives).sum(new int[] {1}).mul(scale);
        NDArray negatives = docs.get(new NDIndex("{}", batch.create(plan.negativeLocal())))
                .reshape(new Shape(b, k, model.dim()));
        NDArray negative = u.expandDims(1).mul(negatives).sum(new int[] {2}).mul(scale);
        return new Scores(null, positive, negative, weights, null, null);
    }

    private static long[] toLong(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
