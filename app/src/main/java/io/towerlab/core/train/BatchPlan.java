package io.towerlab.core.train;

import io.towerlab.core.model.EmbeddingTable;
import io.towerlab.core.model.EncoderInput;
import java.util.List;
import java.util.Map;

/**
 * One training batch prepared on the Java side, as primitive arrays only, so that it can be built
 * on another thread while the engine computes the previous one. The document tower runs once per
 * distinct document of the batch ({@code documents}); positives and negatives are local indices
 * into those.
 *
 * @param negativesPerRow K, or 0 for the in-batch (FPS) loss
 * @param logQ            log sampling probability of each row's positive (FPS with logQ), or null
 * @param prepareNanos    time spent building this plan (the Java-side share of a step)
 * @param shards          one per device of a data-parallel step (then {@code queryInputs} and
 *                        {@code documentInputs} are null: each shard has its own), or empty on one device
 */
public record BatchPlan(int epoch, int size, int[] queries, int[] positives, float[] weights,
                        int negativesPerRow, long[] positiveLocal, long[] negativeLocal, float[] logQ,
                        List<EncoderInput> queryInputs, int[] documents, List<EncoderInput> documentInputs,
                        Map<EmbeddingTable, long[]> rowIds, long prepareNanos, List<PlanShard> shards) {
}
